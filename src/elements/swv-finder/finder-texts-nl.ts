/** `<swv-finder>`'s own texts in plain Dutch (B1). The other languages have the same keys. */

export const texts = {
  label: 'Zoek uw samenwerkingsverband',
  hint: 'Typ een postcode, gemeente, school of samenwerkingsverband. Bijvoorbeeld 3442 of Woerden.',
  submit: 'Zoeken',
  suggestionsLabel: 'Suggesties',
  suggestions: (n: number) => (n === 0 ? '' : `${n} ${n === 1 ? 'suggestie' : 'suggesties'}. Kies met de pijltjes en Enter.`),
  schoolsLoading: 'De scholen worden geladen.',
  kind: { postcode: 'postcode', municipality: 'gemeente', partnership: 'samenwerkingsverband', school: 'school' },
  postcode: (pc4: string) => `Postcode ${pc4}`,
  schoolCode: (code: string) => `School met code ${code}`,
  schoolIn: (city: string) => `school in ${city}`,
  resultsFor: (what: string) => `Samenwerkingsverbanden voor ${what}`,
  found: (partnerships: string, what: string) => `${partnerships} gevonden voor ${what}.`,
  choose: (text: string) => `Er zijn meer mogelijkheden voor "${text}". Kies wat u bedoelt:`,
  nothing: (text: string) => `We hebben niets gevonden voor "${text}". Probeer een postcode, zoals 3442. Of typ de naam van uw gemeente of van de school.`,
  empty: 'Typ eerst een postcode, gemeente of school.',
  split: (name: string) =>
    `De gemeente ${name} hoort bij meer dan één samenwerkingsverband. Welk het is, hangt af van uw postcode. Zoek op uw postcode voor één antwoord.`,
  schoolBelongs: (name: string) => `${name} hoort bij:`,
  how: {
    derived:
      'Hoe weten we dit? We hebben het afgeleid, meestal uit de postcode van de school. Het staat niet zo in een bron. Twijfelt u? Vraag het aan de school.',
    read: 'Hoe weten we dit? Het staat in de bron van deze gegevens.',
  },
  noContact: 'We hebben nog geen contactgegevens van dit samenwerkingsverband.',
  formerly: (name: string) => `voorheen ${name}`,
  partlyFormerly: (name: string) => `deels voorheen ${name}`,
  alsoCalled: (name: string) => `ook ${name}`,
  nowPartOf: (former: string, today: string, year?: string) => `${former} hoort ${year ? `sinds ${year} ` : 'nu '}bij de gemeente ${today}.`,
  partNowPartOf: (former: string, today: string, year?: string) => `Een deel van ${former} hoort ${year ? `sinds ${year} ` : 'nu '}bij de gemeente ${today}.`,
  officialName: (other: string, today: string) => `${other} heet officieel ${today}.`,
};

export type FinderTexts = typeof texts;
