/**
 * The twelve provinces, by the two digits of a partnership code that stand for its province
 * (PO 26-04 is in Utrecht), with CBS's codes and names of 2015 (the map's). National partnerships
 * (PO 00-01) have none.
 */
export const PROVINCES: readonly { digits: string; code: string; name: string }[] = [
  ['20', 'Groningen'],
  ['21', 'Friesland'],
  ['22', 'Drenthe'],
  ['23', 'Overijssel'],
  ['24', 'Flevoland'],
  ['25', 'Gelderland'],
  ['26', 'Utrecht'],
  ['27', 'Noord-Holland'],
  ['28', 'Zuid-Holland'],
  ['29', 'Zeeland'],
  ['30', 'Noord-Brabant'],
  ['31', 'Limburg'],
].map(([digits, name]) => ({ digits: digits!, code: `PV${digits}`, name: name! }));

/** The province of a partnership code (`PV26` for PO2604), or undefined for a national one. */
export const provinceOf = (code: string): string | undefined => PROVINCES.find((p) => p.digits === code.slice(2, 4))?.code;

/**
 * Partnerships by province, in the provinces' order, national ones last under `nationalName`;
 * only groups with members. What the overview (`group-by="province"`) and the map's list show.
 */
export function byProvince<P extends { code: string }>(partnerships: P[], nationalName: string): { name: string; members: P[] }[] {
  return [...PROVINCES.map((p): { code: string | undefined; name: string } => p), { code: undefined, name: nationalName }]
    .map(({ code, name }) => ({ name, members: partnerships.filter((p) => provinceOf(p.code) === code) }))
    .filter((group) => group.members.length > 0);
}
