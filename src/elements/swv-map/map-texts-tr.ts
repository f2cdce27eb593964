/** `<swv-map>`'s texts in Turkish. */
import type { MapTexts } from './map-texts-nl.js';

export const texts: MapTexts = {
  title: { po: 'İlkokullar için işbirliği kuruluşları', vo: 'Ortaöğretim için işbirliği kuruluşları' },
  help: 'Haritada veya listede bir bölge seçin. Klavye ile: haritaya gidin ve ok tuşlarını kullanın. Enter ile seçin.',
  provinces: 'Bir il seçin',
  country: 'Tüm Hollanda',
  list: 'Liste olarak göster',
  region: (title, places) => `${title}: ${places}`,
  shared: (place, names) => `${place} birden fazla kuruluşa bölünmüştür: ${names}. Posta kodunuzla seçin.`,
  chosen: (title) => `Seçildi: ${title}.`,
  ask: (place) => `${place} birden fazla kuruluşa bölünmüştür. Posta kodunuz nedir?`,
  postcode: 'Posta kodunuz',
  show: 'Göster',
  credit: 'Harita: CBS, 2015 belediyeleri (CC BY 4.0). Kuruluşlara göre birleştirildi.',
  noMap: 'Bu verilerde harita yok.',
};
