<?php
/**
 * The elements and their attributes. Generated from custom-elements.json by scripts/manifest.mjs
 * during `npm run build`: do not edit.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function swv_elements_definitions() {
	return array(
		'opr-info' => array(
			'block'      => 'opr-info',
			'attributes' => array( 'code', 'sector', 'lang', 'dir', 'src', 'heading-level', 'loading' ),
			'boolean'    => array(),
		),
		'swv-card' => array(
			'block'      => 'card',
			'attributes' => array( 'code', 'school', 'postcode', 'municipality', 'sector', 'lang', 'dir', 'src', 'heading-level', 'loading' ),
			'boolean'    => array(),
		),
		'swv-finder' => array(
			'block'      => 'finder',
			'attributes' => array( 'sector', 'hash-param', 'lang', 'dir', 'src', 'heading-level', 'loading' ),
			'boolean'    => array(),
		),
		'swv-map' => array(
			'block'      => 'map',
			'attributes' => array( 'sector', 'code', 'postcode', 'for', 'loading', 'lang', 'dir', 'src', 'heading-level' ),
			'boolean'    => array(),
		),
		'swv-overview' => array(
			'block'      => 'overview',
			'attributes' => array( 'sector', 'municipality', 'postcode', 'codes', 'searchable', 'group-by', 'layout', 'lang', 'dir', 'src', 'heading-level', 'loading' ),
			'boolean'    => array( 'searchable' ),
		),
	);
}
