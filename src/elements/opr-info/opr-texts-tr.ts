/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in Turkish. */
import type { OprTexts } from './opr-texts-nl.js';

export const texts: OprTexts = {
  title: 'Destek planı konseyi (OPR) nedir?',
  intro:
    "Her işbirliği kuruluşunun bir destek planı konseyi vardır. Kısa adı OPR'dir (ondersteuningsplanraad). OPR'de veliler ve okul çalışanları, bölgedeki öğrencilere verilen ek yardım hakkında söz sahibidir.",
  whoTitle: 'Kimler üye?',
  who: {
    po: 'Üyelerin yarısı bir okulda çalışır. Diğer yarısı öğrenci velisidir.',
    vo: 'Üyelerin yarısı bir okulda çalışır. Diğer yarısı veli veya öğrencidir.',
  },
  whoChosen: "Üyeleri okulların katılım konseyleri (medezeggenschapsraad, MR) seçer. Bir üyenin kendisinin MR'de olması gerekmez.",
  whatTitle: 'OPR ne yapar?',
  what: [
    'İşbirliği kuruluşu bir destek planı yazar. Planda okulların öğrencilere nasıl ek yardım verdiği yazılıdır. Plan ancak OPR kabul ederse geçerli olur.',
    'OPR, işbirliği kuruluşunun planı nasıl uyguladığını takip eder.',
    'OPR, işbirliği kuruluşunun denetçilerinin neleri yapabilmesi gerektiği konusunda görüş verir.',
  ],
  joinTitle: 'Nasıl katılabilirsiniz?',
  join: "OPR'ye katılmak mı istiyorsunuz? Çocuğunuzun okulundaki katılım konseyine (MR) sorun. OPR'de okulları kimin temsil edeceğini MR seçer.",
  ofPartnership: (name) => `${name} OPR'si`,
  roles: (list) => `OPR'deki görevler: ${list}.`,
  roleNames: { chair: 'başkan', 'vice-chair': 'başkan yardımcısı', secretary: 'sekreter', member: 'üye', clerk: 'idari sekreter' },
  howToJoin: 'Katılmak',
  meetings: 'Sonraki toplantılar',
  noMeetings: 'Şu anda bildiğimiz planlanmış bir toplantı yok.',
  agenda: (date) => `${date} gündemi`,
  minutes: (date) => `${date} toplantı notları`,
  documents: 'Belgeler',
  noData: (name) => `${name} OPR'si hakkında henüz bilgimiz yok.`,
};
