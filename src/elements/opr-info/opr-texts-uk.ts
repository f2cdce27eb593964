/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in Ukrainian. */
import type { OprTexts } from './opr-texts-nl.js';

export const texts: OprTexts = {
  title: 'Що таке рада плану підтримки (OPR)?',
  intro:
    'Кожне об’єднання шкіл має раду плану підтримки, коротко OPR (ondersteuningsplanraad). У ній батьки і працівники шкіл разом вирішують про додаткову допомогу учням.',
  whoTitle: 'Хто входить до ради?',
  who: {
    po: 'Половина членів працює в школі. Друга половина — батьки учнів.',
    vo: 'Половина членів працює в школі. Друга половина — батьки або учні.',
  },
  whoChosen: 'Членів обирають шкільні ради (medezeggenschapsraad, MR). Член OPR не мусить сам бути в MR.',
  whatTitle: 'Що робить OPR?',
  what: [
    'Об’єднання шкіл пише план підтримки. У ньому написано, як школи додатково допомагають учням. План діє, лише коли OPR погодиться.',
    'OPR стежить, як виконують план.',
    'OPR радить, що мають уміти наглядачі об’єднання.',
  ],
  joinTitle: 'Як ви можете взяти участь?',
  join: 'Хочете бути в OPR? Запитайте шкільну раду (MR) у школі вашої дитини. MR обирає, хто представляє школи в OPR.',
  ofPartnership: (name) => `OPR: ${name}`,
  roles: (list) => `Посади в OPR: ${list}.`,
  roleNames: { chair: 'голова', 'vice-chair': 'заступник голови', secretary: 'секретар', member: 'член', clerk: 'технічний секретар' },
  howToJoin: 'Як долучитися',
  meetings: 'Наступні засідання',
  noMeetings: 'Ми не знаємо про заплановані засідання.',
  agenda: (date) => `Порядок денний: ${date}`,
  minutes: (date) => `Протокол: ${date}`,
  documents: 'Документи',
  noData: (name) => `У нас ще немає інформації про OPR: ${name}.`,
};
