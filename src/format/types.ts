/** TypeScript types of the swv-data format, inferred from `schema.ts` (never written by hand). */
import type * as v from 'valibot';
import type * as s from './schema.js';

export type SwvData = v.InferOutput<typeof s.SwvDataSchema>;
export type SwvSchools = v.InferOutput<typeof s.SwvSchoolsSchema>;
export type SwvLookup = v.InferOutput<typeof s.SwvLookupSchema>;
export type SwvMap = v.InferOutput<typeof s.SwvMapSchema>;
export type Partnership = v.InferOutput<typeof s.PartnershipSchema>;
export type School = v.InferOutput<typeof s.SchoolSchema>;
export type SchoolsRef = v.InferOutput<typeof s.SchoolsRefSchema>;
export type Source = v.InferOutput<typeof s.SourceSchema>;
export type SourceRef = v.InferOutput<typeof s.SourceRefSchema>;
export type LocalText = v.InferOutput<typeof s.LocalTextSchema>;
export type Address = v.InferOutput<typeof s.AddressSchema>;
export type Contact = v.InferOutput<typeof s.ContactSchema>;
export type Opr = v.InferOutput<typeof s.OprSchema>;
export type Meeting = v.InferOutput<typeof s.MeetingSchema>;
export type DataDocument = v.InferOutput<typeof s.DocumentSchema>;
export type SupportPlan = v.InferOutput<typeof s.SupportPlanSchema>;
export type Change = v.InferOutput<typeof s.ChangeSchema>;
export type Municipality = v.InferOutput<typeof s.MunicipalitySchema>;
export type Sector = Partnership['sector'];
