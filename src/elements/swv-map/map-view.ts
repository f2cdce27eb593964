/**
 * The view of `<swv-map>` and its controller: the map file, what is chosen and focused, the
 * province in view, the list switch, the keyboard, the postcode question for a shared
 * municipality, and `swv-select`. Loads beside the data (see `OnDemand`); the element itself only
 * holds the attributes.
 */
import { adoptStyles, css, html, isServer, nothing, svg, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { sourceNote } from '../../internal/changes.js';
import type { View } from '../../internal/view.js';
import { loadPart } from '../../data/parts.js';
import { lookUp } from '../../data/lookup.js';
import { byProvince, provinceOf } from '../../data/provinces.js';
import { areaMunicipalities, findByCode, titleOf } from '../../data/select.js';
import { displayCode } from '../../format/codes.js';
import { checkMap } from '../../format/validate-async.js';
import { withoutSoftHyphens } from '../../i18n/soft-hyphens.js';
import { formatList } from '../../i18n/intl.js';
import { mapTexts, type MapTexts } from './map-texts.js';

export { mapTexts };
import { SwvSelectEvent } from '../../events/swv-select.js';
import type { Partnership, SwvData, SwvMap as MapFile } from '../../format/types.js';
import type { SwvMap } from './swv-map.js';

type Shared = MapFile['shared'][number];

/** "Passenderwijs (PO 26-04)", or only the code for a partnership without a known name. */
const fullTitle = (p: Partnership): string => (p.name ? `${p.name} (${displayCode(p.code)})` : displayCode(p.code));

/** One place on the map the keyboard can reach: a partnership's region, or a shared municipality. */
interface Place {
  id: string;
  d: string;
  label: [number, number];
  name: string;
  near: string[];
  tint?: number;
  partnership?: Partnership;
  shared?: Shared;
}

/** Arrow keys as directions on the map (north is up, whatever the writing direction). */
const DIRECTIONS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

export const mapStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin-block: 0.5em;
  }
  button {
    font: inherit;
    font-size: 0.85em;
    min-block-size: 24px;
    padding: 0.15em 0.6em;
    border: 1px solid currentColor;
    border-radius: var(--swv-radius, 0.4em);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: currentColor;
  }
  button[aria-pressed='true'] > span {
    color: var(--swv-map-land, Canvas);
  }
  .map {
    display: block;
    inline-size: 100%;
    max-block-size: 80vh;
    touch-action: manipulation;
  }
  .area {
    stroke: color-mix(in srgb, currentColor 75%, var(--swv-map-land, Canvas));
    stroke-width: 0.7;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
    fill: color-mix(in srgb, var(--tint) 38%, var(--swv-map-land, Canvas));
  }
  .t0 {
    --tint: var(--swv-map-tint-0, #2f7fd0);
  }
  .t1 {
    --tint: var(--swv-map-tint-1, #e0892f);
  }
  .t2 {
    --tint: var(--swv-map-tint-2, #3ca35a);
  }
  .t3 {
    --tint: var(--swv-map-tint-3, #b24fb0);
  }
  .t4 {
    --tint: var(--swv-map-tint-4, #c9b22c);
  }
  .t5 {
    --tint: var(--swv-map-tint-5, #7a7a7a);
  }
  .shared {
    fill: url(#swv-hatch);
  }
  .hatch {
    stroke: currentColor;
    stroke-width: 1.2;
  }
  .province,
  .mark {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }
  .province {
    stroke: currentColor;
    stroke-width: 1.6;
  }
  .mark {
    stroke: currentColor;
    stroke-width: 4;
  }
  .mark.focus {
    display: none;
    stroke: var(--swv-accent, currentColor);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .map:focus-within .mark.focus {
    display: inline;
  }
  .said {
    font-weight: bold;
    min-block-size: 1.5em;
  }
  .list ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .list li {
    margin-block: 0.35em;
  }
  .hidden {
    display: none;
  }
  .credit {
    font-size: 0.85em;
    color: var(--swv-muted-color, inherit);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: end;
  }
  input {
    font: inherit;
    min-block-size: 24px;
  }
  @media (forced-colors: active) {
    .area {
      fill: Canvas;
      stroke: CanvasText;
    }
    .area[aria-selected='true'] {
      fill: Highlight;
    }
    .shared {
      fill: url(#swv-hatch);
    }
    .mark.focus {
      stroke: Highlight;
    }
    button[aria-pressed='true'] {
      background: Highlight;
    }
    button[aria-pressed='true'] > span {
      color: HighlightText;
    }
  }
  @media print {
    .map,
    .tools {
      display: none;
    }
    .list.hidden {
      display: block;
    }
  }
`;

/** Where the map file of this sector is, for the loaded data. */
const mapHref = (data: Pick<SwvData, 'lookups'>, sector: string): string | undefined => data.lookups?.maps?.href.replace('{sector}', sector);

/** The map file of a sector, relative to the data file; undefined when the data has no maps. */
export function loadMap(data: SwvData, dataUrl: string | undefined, sector: string, signal?: AbortSignal): Promise<MapFile | undefined> {
  const href = mapHref(data, sector);
  // A server renders the list only (what readers without JavaScript get): no map file.
  return href && !isServer ? loadPart(href, dataUrl, checkMap, signal) : Promise.resolve(undefined);
}

export class MapController implements ReactiveController {
  private _map?: MapFile;
  private _selected?: string;
  private _focused?: string;
  private _province?: string;
  private _list = isServer;
  private _asking?: Shared;
  private _said = '';
  private _moveFocus = false;
  private _appliedCode?: string;
  private _appliedFound?: string[];

  constructor(private readonly _host: SwvMap) {
    _host.addController(this);
    const root = _host.shadowRoot;
    if (root) adoptStyles(root, [...(_host.constructor as typeof LitElement).elementStyles, mapStyles]);
  }

  /** The map's texts in the element's language (Dutch while another language loads). */
  private get _texts(): MapTexts {
    return mapTexts.get(this._host.mapState.context.locale);
  }

  hostUpdated(): void {
    if (!this._moveFocus) return;
    this._moveFocus = false;
    (this._host.renderRoot as ShadowRoot).querySelector<SVGElement | HTMLElement>(this._asking ? 'input' : `[data-id="${this._focused}"]`)?.focus();
  }

  private _update(): void {
    this._host.requestUpdate();
  }

  render(data: SwvData, found: string[] | undefined, map: MapFile | undefined): View {
    const c = this._host.mapState.context;
    const m = this._texts;
    mapTexts.ready(c.locale, () => this._update());
    const sector = this._host.sector;
    const partnerships = data.partnerships.filter((p) => p.sector === sector);
    // What the host asked for: a code, or the partnership of a postcode.
    const code = this._host.code;
    if (code !== this._appliedCode) {
      this._appliedCode = code;
      const p = code ? findByCode(data, code) : undefined;
      if (p) this._choose(p.code, data, false);
    }
    if (found !== this._appliedFound) {
      this._appliedFound = found;
      const p = partnerships.find((q) => found?.includes(q.code));
      if (p) this._choose(p.code, data, false);
    }
    this._map = map;
    const title = heading(c.level, m.title[sector], 'title');
    const list = this._renderList(partnerships, data);
    // Server rendering (and so readers without JavaScript) get the list.
    if (isServer) return html`${title}${list}`;
    if (!map) return { notFound: m.noMap };
    const places = this._places(map, data);
    return html`${title}
      <p id="help">${m.help}</p>
      <div class="tools">
        <div class="tools" role="group" aria-label=${m.provinces}>
          ${[{ code: undefined, name: m.country }, ...map.provinces].map(
            (p) =>
              html`<button part="button" type="button" aria-pressed=${this._province === p.code} @click=${() => this._zoom(p.code)}>
                <span>${p.name}</span>
              </button>`,
          )}
        </div>
        <button part="button" type="button" class="switch" aria-pressed=${this._list} @click=${this._toggleList}><span>${m.list}</span></button>
      </div>
      ${this._renderMap(map, places)}
      <p class="said" role="status">${withoutSoftHyphens(this._said)}</p>
      ${this._asking ? this._renderQuestion(data) : nothing} ${list}
      <p class="credit">${m.credit} ${sourceNote(c, data, map.sources)}</p>`;
  }

  /** The places the keyboard reaches: regions by code, then shared municipalities. */
  private _places(map: MapFile, data: SwvData): Place[] {
    const t = this._texts;
    const locale = this._host.mapState.context.locale;
    const regions = map.regions.flatMap((r): Place[] => {
      const p = findByCode(data, r.code);
      if (!p) return [];
      const shared = map.shared.filter((s) => s.codes.includes(r.code));
      return [
        {
          id: r.code,
          // A partnership made only of shared municipalities is drawn as those.
          d: r.d || shared.map((s) => s.d).join(''),
          label: r.label as [number, number],
          // Accessible names without soft hyphens: a screen reader may spell them out.
          name: withoutSoftHyphens(t.region(fullTitle(p), formatList(areaMunicipalities(p), locale))),
          near: [...r.neighbours, ...shared.map((s) => `~${s.municipality}`)],
          tint: r.tint % 6,
          partnership: p,
        },
      ];
    });
    const shared = map.shared.map((s): Place => ({
      id: `~${s.municipality}`,
      d: s.d,
      label: s.label as [number, number],
      name: withoutSoftHyphens(
        t.shared(
          s.municipality,
          formatList(
            s.codes.map((code) => titleOf(findByCode(data, code) ?? ({ code, name: code } as Partnership))),
            locale,
          ),
        ),
      ),
      near: s.codes,
      shared: s,
    }));
    return [...regions, ...shared];
  }

  private _renderMap(map: MapFile, places: Place[]): TemplateResult {
    const byId = new Map(places.map((p) => [p.id, p]));
    const focused = byId.get(this._focused ?? '') ?? byId.get(this._selected ?? '') ?? places[0];
    const selected = byId.get(this._selected ?? '');
    const province = map.provinces.find((p) => p.code === this._province);
    const [x, y, w, h] = province ? province.box : [0, 0, map.width, map.height];
    const pad = Math.max(w, h) * 0.04;
    return html`<svg
      part="map"
      class="map ${this._list ? 'hidden' : ''}"
      viewBox="${x - pad} ${y - pad} ${w + 2 * pad} ${h + 2 * pad}"
      role="listbox"
      aria-label=${withoutSoftHyphens(this._texts.title[this._host.sector])}
      aria-describedby="help"
      @keydown=${(event: KeyboardEvent) => this._onKey(event, places, byId.get(this._focused ?? '') ?? focused)}
    >
      <defs>
        <pattern id="swv-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      ${places.map(
        (p) =>
          svg`<path data-id=${p.id} class="area ${p.shared ? 'shared' : `t${p.tint}`}" d=${p.d} role="option" aria-label=${p.name} aria-selected=${p === selected} tabindex=${p === focused ? 0 : -1} @click=${() => this._pick(p)} @focus=${() => this._focusOn(p.id)}></path>`,
      )}
      ${map.provinces.map((p) => svg`<path class="province" d=${p.d} aria-hidden="true"></path>`)}
      ${selected ? svg`<path class="mark" d=${selected.d} aria-hidden="true"></path>` : nothing}
      ${focused ? svg`<path class="mark focus" d=${focused.d} aria-hidden="true"></path>` : nothing}
    </svg>`;
  }

  /** The same choice as the map, grouped by province: also what print and server rendering show. */
  private _renderList(partnerships: Partnership[], data: SwvData): TemplateResult {
    const c = this._host.mapState.context;
    return html`<div part="list" class="list ${this._list ? '' : 'hidden'}">
      ${byProvince(partnerships, c.strings.scope.national).map(
        ({ name, members }) =>
          html`${heading(c.level + 1, name, 'heading')}
            <ul>
              ${members.map(
                (p) =>
                  html`<li>
                    ${
                      isServer
                        ? html`<strong>${fullTitle(p)}</strong>:`
                        : html`<button type="button" aria-pressed=${this._selected === p.code} @click=${() => this._choose(p.code, data, true)}>
                            <span>${fullTitle(p)}</span>
                          </button>`
                    }
                    ${areaMunicipalities(p).join(', ')}
                  </li>`,
              )}
            </ul>`,
      )}
    </div>`;
  }

  private _renderQuestion(data: SwvData): TemplateResult {
    const t = this._texts;
    const asking = this._asking!;
    return html`<form
      @submit=${(event: Event) => {
        event.preventDefault();
        void this._answer((event.target as HTMLFormElement).querySelector('input')!.value, asking, data);
      }}
    >
      <label>${t.postcode}<br /><input name="postcode" autocomplete="postal-code" inputmode="text" size="8" /></label>
      <button type="submit"><span>${t.show}</span></button>
    </form>`;
  }

  /** Focus moved to a place (by keyboard, pointer or script): it keeps the map's one tab stop. */
  private _focusOn(id: string): void {
    if (this._focused === id) return;
    this._focused = id;
    this._update();
  }

  private _toggleList = (): void => {
    this._list = !this._list;
    this._update();
  };

  private _zoom(province: string | undefined): void {
    this._province = province;
    this._update();
  }

  /** A click, a tap, Enter or Space on a place. */
  private _pick(place: Place): void {
    const data = this._host.mapState.loaded?.data;
    if (!data) return;
    this._focused = place.id;
    if (place.shared) {
      this._asking = place.shared;
      this._said = this._texts.ask(place.shared.municipality);
      this._moveFocus = true;
      this._update();
    } else if (place.partnership) this._choose(place.partnership.code, data, true);
  }

  /** Chooses a partnership: marked, announced, `swv-select`, the card of `for` updated, its province in view. */
  private _choose(code: string, data: SwvData, byReader: boolean, query = code, kind: 'partnership' | 'postcode' = 'partnership'): void {
    const p = findByCode(data, code);
    if (!p) return;
    this._selected = this._focused = p.code;
    this._asking = undefined;
    if (this._province && this._province !== provinceOf(p.code)) this._province = undefined;
    if (!byReader) this._province = provinceOf(p.code);
    this._said = this._texts.chosen(fullTitle(p));
    this._update();
    if (!byReader) return;
    this._host.dispatchEvent(new SwvSelectEvent(query, kind, [p]));
    const card = this._host.htmlFor ? (this._host.getRootNode() as Document | ShadowRoot).getElementById?.(this._host.htmlFor) : null;
    if (card?.localName === 'swv-card') {
      for (const name of ['school', 'postcode', 'municipality']) card.removeAttribute(name);
      card.setAttribute('code', p.code);
    }
  }

  /** The postcode question for a shared municipality. */
  private async _answer(postcode: string, asking: Shared, data: SwvData): Promise<void> {
    const t = this._host.mapState.context.strings;
    const codes = await lookUp(data, this._host.mapState.loaded?.url, { kind: 'postcodes', key: postcode }).catch(() => undefined);
    const code = codes?.find((c) => asking.codes.includes(c)) ?? codes?.find((c) => c.startsWith(this._host.sector.toUpperCase()));
    if (code) {
      this._choose(code, data, true, postcode.trim(), 'postcode');
      this._moveFocus = true;
    } else {
      this._said = t.nothingFound(t.query.postcode(postcode.trim()));
      this._update();
    }
  }

  private _onKey(event: KeyboardEvent, places: Place[], from: Place | undefined): void {
    if (!from) return;
    let next: Place | undefined;
    const direction = DIRECTIONS[event.key];
    if (direction) next = this._neighbour(places, from, direction);
    else if (event.key === 'Home') next = places[0];
    else if (event.key === 'End') next = places[places.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._pick(from);
      return;
    } else if (event.key === 'Escape') {
      (this._host.renderRoot as ShadowRoot).querySelector<HTMLElement>('.switch')?.focus();
      return;
    } else return;
    event.preventDefault();
    if (!next) return;
    this._focused = next.id;
    // A place outside the province in view brings the whole country back.
    const province = this._province ? this._map?.provinces.find((p) => p.code === this._province) : undefined;
    if (province) {
      const [x, y, w, h] = province.box;
      const [px, py] = next.label;
      if (px < x || px > x + w || py < y || py > y + h) this._province = undefined;
    }
    this._moveFocus = true;
    this._update();
  }

  /**
   * The place in that direction: among the neighbours first, else among all places; within 60°
   * of the direction, the nearest (distance across the direction counts double).
   */
  private _neighbour(places: Place[], from: Place, [dx, dy]: [number, number]): Place | undefined {
    const score = (p: Place): number => {
      const x = p.label[0] - from.label[0];
      const y = p.label[1] - from.label[1];
      const along = x * dx + y * dy;
      const across = Math.abs(x * dy - y * dx);
      return p === from || along <= 0 || across > along * 1.75 ? Infinity : along + 2 * across;
    };
    const best = (candidates: Place[]): Place | undefined =>
      candidates.reduce<Place | undefined>((a, b) => (score(b) < (a ? score(a) : Infinity) ? b : a), undefined);
    return best(places.filter((p) => from.near.includes(p.id))) ?? best(places);
  }
}
