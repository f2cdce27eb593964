import { defineElement } from '../../internal/define.js';
import { SwvCard } from './swv-card.js';

defineElement('swv-card', SwvCard);

declare global {
  interface HTMLElementTagNameMap {
    'swv-card': SwvCard;
  }
}
