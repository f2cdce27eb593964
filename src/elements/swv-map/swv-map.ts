import type { PropertyDeclarations } from 'lit';
import { SwvDataElement } from '../../internal/swv-data-element.js';
import { hostStyles } from '../../styles/host.js';
import { formStyles } from '../../styles/form.js';
import { OnDemand } from '../../internal/on-demand.js';
import type { View, ViewContext } from '../../internal/view.js';
import type { LookupQuestion } from '../../data/lookup.js';
import type { Sector, SwvData, SwvMap as MapFile } from '../../format/types.js';

const view = new OnDemand(() => import('./map-view.js'));

/**
 * The partnerships of one sector on a map: regions you can reach with the keyboard (one tab stop,
 * arrow keys to the neighbour in that direction, Enter or Space to choose, Home, End, Escape),
 * with a tap, or in the same choice as a list grouped by province ("Toon als lijst"), which is
 * also what print and server rendering show. Twelve province buttons narrow the view. A
 * municipality split between partnerships asks for a postcode. The map file loads from the data's
 * own folder (`lookups.maps`), only when the map nears the viewport; no request leaves that origin.
 * Map: CBS, municipalities of 2015 (CC BY 4.0), joined per partnership at build time.
 *
 * @tagname swv-map
 * @summary The partnerships of one sector on a map you can use with a keyboard, and as a list.
 * @fires swv-load - The data and the map were loaded and are shown.
 * @fires swv-error - Loading failed, or the data has no map.
 * @fires swv-select - The reader chose a partnership (on the map, in the list, or by postcode).
 * @slot - Fallback content, shown before the map loads and when loading fails.
 * @csspart base - The wrapper around everything.
 * @csspart status - The polite status line (loading, errors).
 * @csspart title - The main heading.
 * @csspart map - The map (an SVG).
 * @csspart list - The list of partnerships by province.
 * @csspart button - A province button or the list switch.
 * @cssprop --swv-map-land - Colour of land under the regions. Default: the page background (Canvas).
 * @cssprop --swv-map-tint-0 - The first of six region hues, `--swv-map-tint-0` to `--swv-map-tint-5` (neighbours never share one), each mixed 38 % with the land colour. Defaults: blue, orange, green, purple, yellow, grey.
 */
export class SwvMap extends SwvDataElement {
  static override styles = [hostStyles, formStyles];

  // `loading` again, with the map's own default and description (for the manifest and editors).
  static override properties: PropertyDeclarations = { sector: {}, code: {}, postcode: {}, htmlFor: { attribute: 'for' }, loading: {} };

  /** `po` (primary, default) or `vo` (secondary): whose partnerships the map shows. */
  sector: Sector = 'po';

  /** Code of a partnership (any spelling): chosen and brought into view at start. */
  code?: string;

  /** A postcode (`3442` or `3442 XH`): its partnership in this sector is chosen and brought into view. */
  postcode?: string;

  /** The `id` of an `<swv-card>` on the page that shows what the reader chooses on the map. */
  htmlFor?: string;

  /** `lazy` (the default here) loads the map when it nears the viewport; `eager` at once. */
  override loading: 'eager' | 'lazy' = 'lazy';

  /** The controller of the map (state, keyboard, events): part of the view, loaded with it. */
  private _controller?: InstanceType<NonNullable<typeof view.module>['MapController']>;

  protected override lookupQuestion(): LookupQuestion | undefined {
    return this.postcode ? { kind: 'postcodes', key: this.postcode } : undefined;
  }

  /** A heading, a row of buttons and a map about as high as it is wide. */
  protected override reservedHeight(widthEm: number): number {
    return 9 + Math.min(widthEm, 60) * 1.18;
  }

  protected override partsKey(): unknown {
    return this.sector;
  }

  /** The view and the map's texts, beside the data. */
  protected override prepare(): Promise<unknown> {
    return view.load().then((module) => module.mapTexts.load(this.locale));
  }

  /** The map file of the sector; the map shows only with it. */
  protected override loadParts(data: SwvData, dataUrl: string | undefined, signal?: AbortSignal): Promise<unknown> {
    return view.load().then((module) => module.loadMap(data, dataUrl, this.sector, signal));
  }

  protected override renderData(data: SwvData, found?: string[], map?: unknown): View {
    this._controller ??= new view.module!.MapController(this);
    return this._controller.render(data, found, map as MapFile | undefined);
  }

  /** What the view needs of the element (its texts, language, heading level, loaded data). Not for hosts. */
  get mapState(): { context: ViewContext; loaded: { data: SwvData; url: string | undefined } | undefined } {
    return { context: this.context, loaded: this.loaded };
  }
}
