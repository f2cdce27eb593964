/** Registers every element. Safe to import twice, and on a server. */
import './elements/swv-overview/define.js';
import './elements/swv-card/define.js';
import './elements/opr-info/define.js';
import './elements/swv-finder/define.js';
import './elements/swv-map/define.js';
