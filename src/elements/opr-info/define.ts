import { defineElement } from '../../internal/define.js';
import { OprInfo } from './opr-info.js';

defineElement('opr-info', OprInfo);

declare global {
  interface HTMLElementTagNameMap {
    'opr-info': OprInfo;
  }
}
