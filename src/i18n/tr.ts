/**
 * Every text a reader sees, in plain Turkish (short sentences, common words). Dutch terms that
 * parents meet at school follow in brackets where they first appear. Same keys as `nl.ts`.
 */
import { formatList } from './intl.js';
import type { Strings } from './nl.js';

/** Turkish keeps a noun singular after a number: "3 okul". */
const count = (n: number, noun: string): string => `${n} ${noun}`;
const join = (items: string[]): string => formatList(items, 'tr');
/** Sentences can start with a question's description ("posta kodu 3442"). */
const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('tr') + text.slice(1);

export const tr: Strings = {
  loading: 'Bilgiler yükleniyor.',
  errors: {
    network: 'Bilgiler alınamadı. İnternet bağlantınızı kontrol edin ve daha sonra tekrar deneyin.',
    http: (status) => `Bilgiler şu anda kullanılamıyor (hata kodu ${status ?? '?'}). Lütfen daha sonra tekrar deneyin.`,
    timeout: 'Bilgilerin alınması çok uzun sürdü. Lütfen daha sonra tekrar deneyin.',
    'too-large': 'Veri dosyası çok büyük. Bu yüzden onu göstermiyoruz.',
    'not-json': 'Veri dosyası okunamıyor.',
    invalid: 'Veri dosyasında hatalar var. Bu yüzden onu göstermiyoruz.',
    'not-found': 'İstenen bilgiler dosyada yok.',
    'not-allowed': 'Bu web sitesi o yerden veri yüklemiyor. Bu yüzden bilgileri göstermiyoruz.',
  },
  unsafeLinks: (n) =>
    n === 1 ? 'Verilerdeki bir bağlantı güvenli değil. O bağlantıyı göstermiyoruz.' : `Verilerdeki ${n} bağlantı güvenli değil. O bağlantıları göstermiyoruz.`,
  sector: { po: 'İlkokul', vo: 'Ortaokul ve lise' },
  sectorShort: { po: 'ilkokul', vo: 'ortaokul ve lise' },
  scope: { regional: 'Bölgesel', national: 'Ülke çapında' },
  partnerships: (n) => count(n, 'işbirliği kuruluşu'),
  schools: (n) => count(n, 'okul'),
  label: {
    municipalities: 'Belediyeler (gemeenten)',
    schools: 'Okul sayısı',
    visitingAddress: 'Ziyaret adresi',
    postalAddress: 'Posta adresi',
    phone: 'Telefon',
    email: 'E-posta',
    website: 'Web sitesi',
  },
  websiteOf: (name) => `${name} web sitesi`,
  search: {
    label: 'Ad, kod, belediye, yer veya okul ile arayın',
    results: (n) => `${count(n, 'sonuç')}.`,
  },
  query: {
    code: (code) => `kod ${code}`,
    municipality: (name) => `${name} belediyesi`,
    postcode: (pc) => `posta kodu ${pc}`,
    school: (id) => `okul ${id}`,
    search: (text) => `"${text}" araması`,
  },
  nothingFound: (what) => `${upperFirst(what)} için bir işbirliği kuruluşu bulamadık.`,
  noPartnershipForPostcode: (pc) => `Posta kodu ${pc} hiçbir işbirliği kuruluşuna ait değil. Örneğin Europoort limanı için durum böyledir.`,
  ambiguous: (what) => `${upperFirst(what)} birden fazla işbirliği kuruluşuna aittir. Doğru olanı bulmak için bir posta kodu yazın:`,
  card: {
    area: 'Bölge',
    contact: 'İletişim',
    supportPoint: 'Veli ve gençlik destek noktası (ouder- en jeugdsteunpunt)',
    supportPointIntro: 'Çocuğunuzun eğitimi ve desteği hakkındaki sorularınızla buraya başvurabilirsiniz.',
    supportPlan: 'Destek planı (ondersteuningsplan)',
    supportPlanIntro: 'Destek planında okulların öğrencilere birlikte nasıl ek yardım verdiği yazılıdır.',
    opr: 'Destek planı konseyi (OPR, ondersteuningsplanraad)',
    oprMore: (name) => `${name} OPR'si hakkında daha fazla bilgi`,
    schools: 'Okullar',
    showSchools: (n) => `Okul listesine bakın (${count(n, 'okul')})`,
    schoolsLoading: 'Okullar yükleniyor.',
    derived: 'tahmini',
    derivedNote: '"Tahmini" yazan okulların üyeliği bir kaynakta yazmıyor. Bunu biz belirledik, çoğunlukla okulun posta koduna bakarak.',
    related: 'Aynı bölgedeki işbirliği kuruluşları',
    links: 'Daha fazla bilgi',
    source: 'Kaynak',
    referenceDate: 'bilgi tarihi',
    splitMunicipality: (name, postcodes) => `${name}: yalnızca şu posta kodları: ${postcodes}`,
    alsoKnownAs: (names) => `Diğer adları: ${names.join('; ')}.`,
    changes: "2015'ten bu yana ne değişti?",
    planEnded: (to) => `Bu plan ${to} yılının sonuna kadar geçerliydi. Daha yeni bir plan bulamadık. İşbirliği kuruluşuna sorun.`,
  },
  period: (from, to) => (to ? `${from} - ${to}` : `${from} yılından itibaren`),
  opr: {
    seats: (total, parts) =>
      [total !== undefined ? `OPR'de ${count(total, 'koltuk')} var` : "OPR'de koltuklar var", parts.length ? `: ${join(parts)}.` : '.'].join(''),
    seatsFor: { staff: (n) => `${n} çalışanlar için`, parents: (n) => `${n} veliler için`, pupils: (n) => `${n} öğrenciler için` },
    vacanciesOn: (n, date) => (n === 0 ? `${date} tarihinde boş yer yoktu.` : `${date}: ${count(n, 'boş yer')}.`),
    vacancies: (n) => (n === 0 ? 'Şu anda boş yer yok.' : `Şu anda ${count(n, 'boş yer')} var.`),
    contact: 'OPR ile iletişim',
    consentOn: (date) => `OPR ${date} tarihinde onay verdi.`,
  },
  notFoundCode: (code) => `Bu verilerde ${code} ile bir işbirliği kuruluşu yok.`,
  badRecord: 'Bu işbirliği kuruluşu hakkında doğru bilgimiz yok.',
};
