<?php
/**
 * Plugin Name:       swv-elements
 * Description:       Shows Dutch passend onderwijs information (samenwerkingsverbanden, their schools and OPR) with the swv-elements web components. Shortcodes: [swv-card], [swv-overview], [opr-info], [swv-finder].
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       swv-elements
 *
 * The scripts and the default data are served from this plugin's own folder (assets/): no request
 * to another site is needed.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SWV_ELEMENTS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/plugin.php';

swv_elements_boot( __FILE__ );
