/**
 * `<swv-map>`'s texts in plain Dutch (B1). The other languages have the same keys (a test checks).
 * Lists come formatted ("Woerden en Oudewater"); these files import nothing, so that each
 * language stays a small chunk of its own.
 */

export const texts = {
  title: { po: 'Samenwerkingsverbanden basisonderwijs', vo: 'Samenwerkingsverbanden voortgezet onderwijs' },
  help: 'Kies een gebied op de kaart of in de lijst. Met het toetsenbord: ga naar de kaart en gebruik de pijltjes. Kies met Enter.',
  provinces: 'Kies een provincie',
  country: 'Heel Nederland',
  list: 'Toon als lijst',
  region: (title: string, places: string) => `${title}: ${places}`,
  shared: (place: string, names: string) => `${place} is verdeeld over ${names}. Kies met uw postcode.`,
  chosen: (title: string) => `Gekozen: ${title}.`,
  ask: (place: string) => `${place} is verdeeld over meer samenwerkingsverbanden. Wat is uw postcode?`,
  postcode: 'Uw postcode',
  show: 'Toon',
  credit: 'Kaart: CBS, gemeenten van 2015 (CC BY 4.0). Samengevoegd per samenwerkingsverband.',
  noMap: 'Bij deze gegevens hoort geen kaart.',
};

export type MapTexts = typeof texts;
