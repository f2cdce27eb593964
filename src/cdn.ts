/**
 * The entry of the script-tag files (dist/cdn/): registers every element and mounts
 * `data-swv` points. No exports, so the bundle stays one file beside its on-demand chunks.
 */
import './define.js';
import { watchMounts } from './internal/mount.js';

watchMounts();
