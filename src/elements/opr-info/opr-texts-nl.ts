/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in plain Dutch (B1). The other languages have the same keys. */

export const texts = {
  title: 'Wat is de ondersteuningsplanraad (OPR)?',
  intro:
    'Elk samenwerkingsverband heeft een ondersteuningsplanraad, kort gezegd de OPR. In de OPR praten ouders en medewerkers van scholen mee over extra hulp voor leerlingen in de regio.',
  whoTitle: 'Wie zitten erin?',
  who: {
    po: 'De helft van de leden werkt op een school. De andere helft is ouder van een leerling.',
    vo: 'De helft van de leden werkt op een school. De andere helft is ouder of leerling.',
  },
  whoChosen: 'De medezeggenschapsraden (MR) van de scholen kiezen de leden. Een lid hoeft zelf niet in een MR te zitten.',
  whatTitle: 'Wat doet de OPR?',
  what: [
    'Het samenwerkingsverband schrijft een ondersteuningsplan. Daarin staat hoe scholen leerlingen extra helpen. Het plan geldt pas als de OPR ermee instemt.',
    'De OPR volgt hoe het samenwerkingsverband het plan uitvoert.',
    'De OPR geeft advies over wat de toezichthouders van het samenwerkingsverband moeten kunnen.',
  ],
  joinTitle: 'Hoe kunt u meedoen?',
  join: 'Wilt u in de OPR? Vraag het aan de medezeggenschapsraad (MR) van de school van uw kind. De MR kiest wie namens de scholen in de OPR komt.',
  ofPartnership: (name: string) => `De OPR van ${name}`,
  roles: (list: string) => `Functies in de OPR: ${list}.`,
  roleNames: { chair: 'voorzitter', 'vice-chair': 'vicevoorzitter', secretary: 'secretaris', member: 'lid', clerk: 'ambtelijk secretaris' },
  howToJoin: 'Meedoen',
  meetings: 'Volgende vergaderingen',
  noMeetings: 'Er zijn nu geen vergaderingen gepland die wij kennen.',
  agenda: (date: string) => `Agenda van ${date}`,
  minutes: (date: string) => `Verslag van ${date}`,
  documents: 'Documenten',
  noData: (name: string) => `We hebben nog geen gegevens over de OPR van ${name}.`,
};

export type OprTexts = typeof texts;
