/** `<swv-finder>`'s own texts in Turkish. */
import type { FinderTexts } from './finder-texts-nl.js';

/** Sentences can start with a question's description ("posta kodu 3442"); as in i18n/tr.ts (this file imports nothing). */
const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('tr') + text.slice(1);

export const texts: FinderTexts = {
  label: 'İşbirliği kuruluşunuzu (samenwerkingsverband) bulun',
  hint: 'Bir posta kodu, belediye, okul veya işbirliği kuruluşu yazın. Örneğin 3442 veya Woerden.',
  submit: 'Ara',
  suggestionsLabel: 'Öneriler',
  suggestions: (n) => (n === 0 ? '' : `${n} öneri. Ok tuşları ve Enter ile seçin.`),
  schoolsLoading: 'Okullar yükleniyor.',
  kind: { postcode: 'posta kodu', municipality: 'belediye', partnership: 'işbirliği kuruluşu', school: 'okul' },
  postcode: (pc4) => `Posta kodu ${pc4}`,
  schoolCode: (code) => `Kodu ${code} olan okul`,
  schoolIn: (city) => `okul, ${city}`,
  resultsFor: (what) => `${upperFirst(what)} için işbirliği kuruluşları`,
  found: (partnerships, what) => `${upperFirst(what)} için ${partnerships} bulundu.`,
  choose: (text) => `"${text}" için birden fazla sonuç var. Ne demek istediğinizi seçin:`,
  nothing: (text) => `"${text}" için bir şey bulamadık. Bir posta kodu deneyin, örneğin 3442. Ya da belediyenizin veya okulun adını yazın.`,
  empty: 'Önce bir posta kodu, belediye veya okul yazın.',
  split: (name) =>
    `${name} belediyesi birden fazla işbirliği kuruluşuna aittir. Hangisi olduğu posta kodunuza bağlıdır. Tek bir cevap için posta kodunuzla arayın.`,
  schoolBelongs: (name) => `${name} şuraya aittir:`,
  how: {
    derived: 'Bunu nereden biliyoruz? Biz tahmin ettik, çoğunlukla okulun posta kodundan. Bir kaynakta böyle yazmıyor. Emin değil misiniz? Okula sorun.',
    read: 'Bunu nereden biliyoruz? Bu verilerin kaynağında yazıyor.',
  },
  noContact: 'Bu işbirliği kuruluşunun iletişim bilgileri bizde henüz yok.',
  formerly: (name) => `eski adı ${name}`,
  partlyFormerly: (name) => `bir kısmı eskiden ${name}`,
  alsoCalled: (name) => `diğer adı ${name}`,
  nowPartOf: (former, today, year) =>
    year ? `${former}, ${year} yılından beri ${today} belediyesine aittir.` : `${former} artık ${today} belediyesine aittir.`,
  partNowPartOf: (former, today, year) =>
    year
      ? `${former} belediyesinin bir kısmı ${year} yılından beri ${today} belediyesine aittir.`
      : `${former} belediyesinin bir kısmı artık ${today} belediyesine aittir.`,
  officialName: (other, today) => `${other} belediyesinin resmi adı ${today}.`,
};
