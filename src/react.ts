/**
 * React wrappers (React 18 and 19), made with `@lit/react`: properties instead of attributes, and
 * typed event props (`onSwvLoad`, `onSwvError`, `onSwvSelect`). Importing this registers the
 * elements. React 19 can also use the tags directly: the JSX types below cover that, with the events
 * as React 19 wires them (`onswv-load`, `onswv-error`, `onswv-select`).
 *
 *   import { SwvCard } from 'swv-elements/react';
 *   <SwvCard code="PO2604" onSwvLoad={(event) => …} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './define.js';
import { SwvCard as SwvCardElement } from './elements/swv-card/swv-card.js';
import { SwvOverview as SwvOverviewElement } from './elements/swv-overview/swv-overview.js';
import { OprInfo as OprInfoElement } from './elements/opr-info/opr-info.js';
import { SwvFinder as SwvFinderElement } from './elements/swv-finder/swv-finder.js';
import { SwvMap as SwvMapElement } from './elements/swv-map/swv-map.js';
import type { SwvLoadEvent } from './events/swv-load.js';
import type { SwvErrorEvent } from './events/swv-error.js';
import type { SwvSelectEvent } from './events/swv-select.js';

const dataEvents = {
  onSwvLoad: 'swv-load' as EventName<SwvLoadEvent>,
  onSwvError: 'swv-error' as EventName<SwvErrorEvent>,
};

export const SwvCard = createComponent({ react: React, tagName: 'swv-card', elementClass: SwvCardElement, events: dataEvents });
export const SwvOverview = createComponent({ react: React, tagName: 'swv-overview', elementClass: SwvOverviewElement, events: dataEvents });
export const OprInfo = createComponent({ react: React, tagName: 'opr-info', elementClass: OprInfoElement, events: dataEvents });
const selectEvents = { ...dataEvents, onSwvSelect: 'swv-select' as EventName<SwvSelectEvent> };
export const SwvFinder = createComponent({ react: React, tagName: 'swv-finder', elementClass: SwvFinderElement, events: selectEvents });
export const SwvMap = createComponent({ react: React, tagName: 'swv-map', elementClass: SwvMapElement, events: selectEvents });

/**
 * What a tag accepts in JSX (React 19 sets these as properties): the element's own fields, the
 * usual HTML props, and the events as React 19 wires them (`onswv-load`, not `onSwvLoad`: that name
 * is only for the wrappers above).
 */
type TagProps<E extends HTMLElement, Own extends keyof E> = Partial<Pick<E, Own>> &
  React.HTMLAttributes<E> & {
    ref?: React.Ref<E>;
    'heading-level'?: string | number;
    /** React 19 listens to `on` + the event's name as it is: `onswv-load` for `swv-load`. */
    'onswv-load'?: (event: SwvLoadEvent) => void;
    'onswv-error'?: (event: SwvErrorEvent) => void;
  };
type Shared = 'src' | 'data' | 'headingLevel' | 'loading';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'swv-card': TagProps<SwvCardElement, Shared | 'code' | 'school' | 'postcode' | 'municipality' | 'sector'>;
      'swv-overview': TagProps<SwvOverviewElement, Shared | 'sector' | 'municipality' | 'postcode' | 'codes' | 'searchable' | 'groupBy' | 'layout'> & {
        'group-by'?: 'province';
      };
      'opr-info': TagProps<OprInfoElement, Shared | 'code' | 'sector'>;
      'swv-finder': TagProps<SwvFinderElement, Shared | 'sector' | 'hashParam'> & { 'hash-param'?: string; 'onswv-select'?: (event: SwvSelectEvent) => void };
      'swv-map': TagProps<SwvMapElement, Shared | 'sector' | 'code' | 'postcode' | 'htmlFor'> & {
        for?: string;
        'onswv-select'?: (event: SwvSelectEvent) => void;
      };
    }
  }
}
