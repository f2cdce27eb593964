/**
 * The map files of the default dataset (`maps/po.json`, `maps/vo.json`), made at build time from
 * CBS's municipalities of 2015 (the names the 2015 regulation uses) and the regulation's PC4
 * table: one outline per partnership (the union of its municipalities), the municipalities split
 * between partnerships drawn apart (shared), the provinces, and for each partnership its label
 * point, its neighbours and a tint that differs from theirs. Projected for the Netherlands
 * (Mercator fitted to the country, so it does not look stretched), simplified for a map of 320 to
 * 1200 px and written as SVG path data with whole numbers. Nothing of the geometry code reaches the
 * browser: the element draws the paths.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge, neighbors } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Pc4Row } from './sources.js';
import type { SwvMap } from '../src/format/types.js';

/** Width of the map's coordinate space; the height follows from the country's shape. */
const WIDTH = 1000;
/** Share of the source's points kept (by visual importance): what a map of 320 to 1200 px needs. */
const KEEP = 0.22;

/**
 * The regulation and CBS spell a few names differently ("Sudwest Fryslan" / "Súdwest-Fryslân",
 * "Nuenen, Gerwen en Nederwetten" / "Nuenen. Gerwen en …"): names match without accents,
 * punctuation and case.
 */
const sameName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase();

interface Municipality {
  properties: { statnaam: string; provincie: string };
}

export function buildMaps(
  municipalitiesTopology: Topology,
  provincesTopology: Topology,
  rows: Pc4Row[],
  known: Set<string>,
  sources: SwvMap['sources'],
  referenceDate: string,
): Record<'po' | 'vo', SwvMap> {
  const objectOf = (topology: Topology): GeometryCollection => Object.values(topology.objects)[0] as GeometryCollection;
  const pre = presimplify(municipalitiesTopology as Topology<never>);
  const topology = simplify(pre, quantile(pre, 1 - KEEP));
  const geometries = objectOf(topology).geometries as (GeometryCollection['geometries'][number] & Municipality)[];
  const provinceNames = new Map(
    (objectOf(provincesTopology).geometries as unknown as { properties: { statcode: string; statnaam: string } }[]).map((g) => [g.properties.statcode, g.properties.statnaam]),
  );

  const projection = geoMercator().fitWidth(WIDTH, feature(topology, objectOf(topology)) as GeoPermissibleObjects);
  const path = geoPath(projection).digits(0);
  const height = Math.ceil(path.bounds(feature(topology, objectOf(topology)) as GeoPermissibleObjects)[1][1]);
  const point = (xy: [number, number]): [number, number] => [Math.round(xy[0]), Math.round(xy[1])];
  const box = (shape: GeoPermissibleObjects): [number, number, number, number] => {
    const [[x0, y0], [x1, y1]] = path.bounds(shape);
    return [Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0), Math.ceil(y1 - y0)];
  };

  const provinces = [...new Set(geometries.map((g) => g.properties.provincie))].sort().map((code) => {
    const shape = merge(topology, geometries.filter((g) => g.properties.provincie === code) as never);
    const name = provinceNames.get(code);
    if (!name) throw new Error(`cbs-provincie-2015: no province ${code}`);
    return { code, name, d: path(shape) ?? '', box: box(shape) };
  });

  const adjacent = neighbors(geometries as never);
  const result = {} as Record<'po' | 'vo', SwvMap>;
  for (const sector of ['po', 'vo'] as const) {
    // The partnerships of each municipality of 2015 in this sector.
    const byName = new Map<string, Set<string>>();
    for (const row of rows) {
      const code = row[sector];
      if (!code || !known.has(code)) continue;
      const name = sameName(row.municipality);
      byName.set(name, (byName.get(name) ?? new Set()).add(code));
    }
    const cbsNames = new Set(geometries.map((g) => sameName(g.properties.statnaam)));
    const missing = [...byName.keys()].filter((name) => !cbsNames.has(name));
    if (missing.length) throw new Error(`cbs-gemeente-2015 has no municipality named like ${missing.join(', ')}`);
    // By CBS's name from here on.
    const codesOf = new Map(geometries.filter((g) => byName.has(sameName(g.properties.statnaam))).map((g) => [g.properties.statnaam, byName.get(sameName(g.properties.statnaam))!]));
    const codes = [...new Set([...codesOf.values()].flatMap((set) => [...set]))].sort();
    const wholly = (code: string) => geometries.filter((g) => codesOf.get(g.properties.statnaam)?.size === 1 && codesOf.get(g.properties.statnaam)!.has(code));

    // Neighbours: partnerships whose municipalities touch, or that share a municipality.
    const neighbours = new Map<string, Set<string>>(codes.map((code) => [code, new Set()]));
    const link = (a: string, b: string): void => {
      if (a === b) return;
      neighbours.get(a)!.add(b);
      neighbours.get(b)!.add(a);
    };
    geometries.forEach((g, i) => {
      const mine = [...(codesOf.get(g.properties.statnaam) ?? [])];
      for (const a of mine) for (const b of mine) link(a, b);
      for (const j of adjacent[i] ?? []) for (const b of codesOf.get(geometries[j]!.properties.statnaam) ?? []) for (const a of mine) link(a, b);
    });

    // Tints: neighbours never share one. DSatur: colour next the partnership whose neighbours
    // already have the most different tints (then the one with most neighbours), with the lowest free tint.
    const tint = new Map<string, number>();
    const saturation = (code: string): number => new Set([...neighbours.get(code)!].map((n) => tint.get(n)).filter((t) => t !== undefined)).size;
    while (tint.size < codes.length) {
      const next = codes
        .filter((code) => !tint.has(code))
        .sort((a, b) => saturation(b) - saturation(a) || neighbours.get(b)!.size - neighbours.get(a)!.size || (a < b ? -1 : 1))[0]!;
      const taken = new Set([...neighbours.get(next)!].map((n) => tint.get(n)));
      let t = 0;
      while (taken.has(t)) t++;
      tint.set(next, t);
    }

    const regions = codes.map((code) => {
      const own = wholly(code);
      const all = geometries.filter((g) => codesOf.get(g.properties.statnaam)?.has(code));
      // The label sits in what is wholly the partnership's, where there is such a part.
      const shape = merge(topology, (own.length ? own : all) as never);
      return {
        code,
        d: own.length ? (path(merge(topology, own as never)) ?? '') : '',
        label: point(path.centroid(shape)),
        box: box(merge(topology, all as never)),
        neighbours: [...neighbours.get(code)!].sort(),
        tint: tint.get(code)!,
      };
    });
    const shared = geometries
      .filter((g) => (codesOf.get(g.properties.statnaam)?.size ?? 0) > 1)
      .map((g) => ({
        municipality: g.properties.statnaam,
        codes: [...codesOf.get(g.properties.statnaam)!].sort(),
        d: path(feature(topology, g as never) as GeoPermissibleObjects) ?? '',
        label: point(path.centroid(feature(topology, g as never) as GeoPermissibleObjects)),
      }))
      .sort((a, b) => (a.municipality < b.municipality ? -1 : 1));

    result[sector] = { format: 'swv-map', version: 1, sector, referenceDate, derived: true, width: WIDTH, height, provinces, regions, shared, sources };
  }
  return result;
}
