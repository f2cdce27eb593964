/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in English. */
import type { OprTexts } from './opr-texts-nl.js';

export const texts: OprTexts = {
  title: 'What is the support plan council (OPR)?',
  intro:
    'Every partnership has a support plan council, called the OPR (ondersteuningsplanraad). In the OPR, parents and school staff have a say in extra help for pupils in the region.',
  whoTitle: 'Who are the members?',
  who: {
    po: 'Half of the members work at a school. The other half are parents of pupils.',
    vo: 'Half of the members work at a school. The other half are parents or pupils.',
  },
  whoChosen: 'The participation councils (MR) of the schools choose the members. A member does not have to sit on an MR.',
  whatTitle: 'What does the OPR do?',
  what: [
    'The partnership writes a support plan. It says how schools give pupils extra help. The plan only counts once the OPR agrees to it.',
    'The OPR follows how the partnership carries out the plan.',
    "The OPR gives advice on what the partnership's supervisors must be able to do.",
  ],
  joinTitle: 'How can you take part?',
  join: "Would you like to join the OPR? Ask the participation council (MR) at your child's school. The MR chooses who represents the schools in the OPR.",
  ofPartnership: (name) => `The OPR of ${name}`,
  roles: (list) => `Roles in the OPR: ${list}.`,
  roleNames: { chair: 'chair', 'vice-chair': 'vice-chair', secretary: 'secretary', member: 'member', clerk: 'clerk' },
  howToJoin: 'Joining',
  meetings: 'Next meetings',
  noMeetings: 'We know of no planned meetings right now.',
  agenda: (date) => `Agenda of ${date}`,
  minutes: (date) => `Minutes of ${date}`,
  documents: 'Documents',
  noData: (name) => `We do not have information about the OPR of ${name} yet.`,
};
