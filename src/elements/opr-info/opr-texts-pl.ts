/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in Polish. */
import type { OprTexts } from './opr-texts-nl.js';

export const texts: OprTexts = {
  title: 'Czym jest rada planu wsparcia (OPR)?',
  intro:
    'Każde partnerstwo szkół ma radę planu wsparcia, w skrócie OPR (ondersteuningsplanraad). W OPR rodzice i pracownicy szkół współdecydują o dodatkowej pomocy dla uczniów w regionie.',
  whoTitle: 'Kto w niej zasiada?',
  who: {
    po: 'Połowa członków pracuje w szkole. Druga połowa to rodzice uczniów.',
    vo: 'Połowa członków pracuje w szkole. Druga połowa to rodzice lub uczniowie.',
  },
  whoChosen: 'Członków wybierają rady szkół (medezeggenschapsraad, MR). Członek nie musi sam należeć do MR.',
  whatTitle: 'Co robi OPR?',
  what: [
    'Partnerstwo szkół pisze plan wsparcia. Plan opisuje, jak szkoły dodatkowo pomagają uczniom. Plan obowiązuje dopiero wtedy, gdy OPR się na niego zgodzi.',
    'OPR sprawdza, jak partnerstwo szkół realizuje plan.',
    'OPR doradza, co powinni umieć nadzorcy partnerstwa szkół.',
  ],
  joinTitle: 'Jak możesz wziąć udział?',
  join: 'Chcesz być w OPR? Zapytaj radę szkoły (MR) w szkole swojego dziecka. MR wybiera, kto reprezentuje szkoły w OPR.',
  ofPartnership: (name) => `OPR: ${name}`,
  roles: (list) => `Funkcje w OPR: ${list}.`,
  roleNames: {
    chair: 'przewodniczący',
    'vice-chair': 'zastępca przewodniczącego',
    secretary: 'sekretarz',
    member: 'członek',
    clerk: 'sekretarz administracyjny',
  },
  howToJoin: 'Jak dołączyć',
  meetings: 'Następne spotkania',
  noMeetings: 'Teraz nie znamy żadnych zaplanowanych spotkań.',
  agenda: (date) => `Porządek spotkania: ${date}`,
  minutes: (date) => `Protokół: ${date}`,
  documents: 'Dokumenty',
  noData: (name) => `Nie mamy jeszcze informacji o OPR: ${name}.`,
};
