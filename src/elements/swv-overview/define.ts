import { defineElement } from '../../internal/define.js';
import { SwvOverview } from './swv-overview.js';

defineElement('swv-overview', SwvOverview);

declare global {
  interface HTMLElementTagNameMap {
    'swv-overview': SwvOverview;
  }
}
