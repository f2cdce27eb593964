import { defineElement } from '../../internal/define.js';
import { SwvFinder } from './swv-finder.js';

defineElement('swv-finder', SwvFinder);

declare global {
  interface HTMLElementTagNameMap {
    'swv-finder': SwvFinder;
  }
}
