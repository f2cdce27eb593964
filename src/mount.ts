/**
 * Registers every element and turns `<div data-swv="card" data-code="…">` mount points into
 * elements, now and when they arrive later. The script-tag files do this by themselves.
 */
import './define.js';
import { watchMounts } from './internal/mount.js';

watchMounts();

export { mount, mountAll } from './internal/mount.js';
