/** `<swv-map>`'s texts in Polish. */
import type { MapTexts } from './map-texts-nl.js';

export const texts: MapTexts = {
  title: { po: 'Partnerstwa szkół podstawowych', vo: 'Partnerstwa szkół średnich' },
  help: 'Wybierz obszar na mapie lub na liście. Klawiaturą: przejdź do mapy i użyj strzałek. Wybierz klawiszem Enter.',
  provinces: 'Wybierz prowincję',
  country: 'Cała Holandia',
  list: 'Pokaż jako listę',
  region: (title, places) => `${title}: ${places}`,
  shared: (place, names) => `Gmina ${place} jest podzielona między: ${names}. Wybierz według kodu pocztowego.`,
  chosen: (title) => `Wybrano: ${title}.`,
  ask: (place) => `Gmina ${place} jest podzielona między kilka partnerstw. Jaki jest Twój kod pocztowy?`,
  postcode: 'Twój kod pocztowy',
  show: 'Pokaż',
  credit: 'Mapa: CBS, gminy z 2015 r. (CC BY 4.0). Połączone według partnerstw.',
  noMap: 'Te dane nie mają mapy.',
};
