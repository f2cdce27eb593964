/** `<swv-map>`'s texts in English. */
import type { MapTexts } from './map-texts-nl.js';

export const texts: MapTexts = {
  title: { po: 'Partnerships for primary education', vo: 'Partnerships for secondary education' },
  help: 'Choose an area on the map or in the list. With the keyboard: go to the map and use the arrow keys. Choose with Enter.',
  provinces: 'Choose a province',
  country: 'All of the Netherlands',
  list: 'Show as list',
  region: (title, places) => `${title}: ${places}`,
  shared: (place, names) => `${place} is split between ${names}. Choose with your postcode.`,
  chosen: (title) => `Chosen: ${title}.`,
  ask: (place) => `${place} is split between several partnerships. What is your postcode?`,
  postcode: 'Your postcode',
  show: 'Show',
  credit: 'Map: CBS, municipalities of 2015 (CC BY 4.0). Joined per partnership.',
  noMap: 'This data has no map.',
};
