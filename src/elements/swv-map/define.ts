import { defineElement } from '../../internal/define.js';
import { SwvMap } from './swv-map.js';

defineElement('swv-map', SwvMap);

declare global {
  interface HTMLElementTagNameMap {
    'swv-map': SwvMap;
  }
}
