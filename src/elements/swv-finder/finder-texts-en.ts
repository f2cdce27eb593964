/** `<swv-finder>`'s own texts in English. */
import type { FinderTexts } from './finder-texts-nl.js';

export const texts: FinderTexts = {
  label: 'Find your partnership',
  hint: 'Type a postcode, municipality, school or partnership. For example 3442 or Woerden.',
  submit: 'Search',
  suggestionsLabel: 'Suggestions',
  suggestions: (n) => (n === 0 ? '' : `${n} ${n === 1 ? 'suggestion' : 'suggestions'}. Choose with the arrow keys and Enter.`),
  schoolsLoading: 'Loading the schools.',
  kind: { postcode: 'postcode', municipality: 'municipality', partnership: 'partnership', school: 'school' },
  postcode: (pc4) => `Postcode ${pc4}`,
  schoolCode: (code) => `School with code ${code}`,
  schoolIn: (city) => `school in ${city}`,
  resultsFor: (what) => `Partnerships for ${what}`,
  found: (partnerships, what) => `${partnerships} found for ${what}.`,
  choose: (text) => `There is more than one match for "${text}". Choose what you mean:`,
  nothing: (text) => `We found nothing for "${text}". Try a postcode, such as 3442. Or type the name of your municipality or of the school.`,
  empty: 'First type a postcode, municipality or school.',
  split: (name) =>
    `The municipality of ${name} belongs to more than one partnership. Which one depends on your postcode. Search by your postcode for one answer.`,
  schoolBelongs: (name) => `${name} belongs to:`,
  how: {
    derived: "How do we know? We derived it, mostly from the school's postcode. No source says so directly. In doubt? Ask the school.",
    read: 'How do we know? It is in the source of this data.',
  },
  noContact: 'We do not have contact details for this partnership yet.',
  formerly: (name) => `formerly ${name}`,
  partlyFormerly: (name) => `partly formerly ${name}`,
  alsoCalled: (name) => `also ${name}`,
  nowPartOf: (former, today, year) =>
    `${former} ${year ? `has been part of the municipality of ${today} since ${year}` : `is now part of the municipality of ${today}`}.`,
  partNowPartOf: (former, today, year) =>
    `Part of ${former} ${year ? `has been part of the municipality of ${today} since ${year}` : `is now part of the municipality of ${today}`}.`,
  officialName: (other, today) => `The official name of ${other} is ${today}.`,
};
