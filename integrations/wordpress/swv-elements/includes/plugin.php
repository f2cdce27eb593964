<?php
/**
 * Shortcodes, blocks, the script, and the allow-list that lets editors without `unfiltered_html`
 * keep the element tags in their posts.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The tags and mount points that need the script, in rendered HTML. */
define( 'SWV_ELEMENTS_USED', '/<(?:swv-[a-z]+|opr-info)[\s>]|\sdata-swv=/' );

/** Hooks everything in; `$plugin_file` is the main plugin file (for asset URLs). */
function swv_elements_boot( $plugin_file ) {
	$GLOBALS['swv_elements_plugin_file'] = $plugin_file;
	add_action( 'init', 'swv_elements_init' );
	add_filter( 'wp_kses_allowed_html', 'swv_elements_allowed_html', 10, 2 );
	// Before do_shortcode (priority 11): a lone opening shortcode stands alone.
	foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $hook ) {
		add_filter( $hook, 'swv_elements_close_lone_shortcodes', 9 );
	}
	// After everything else: load the script where an element is in what is actually rendered,
	// wherever it comes from (post, synced pattern, template part, widget).
	foreach ( array( 'the_content', 'render_block', 'widget_text', 'widget_block_content', 'widget_custom_html_content' ) as $hook ) {
		add_filter( $hook, 'swv_elements_enqueue_when_rendered', PHP_INT_MAX );
	}
}

function swv_elements_init() {
	$assets = plugins_url( 'assets/', $GLOBALS['swv_elements_plugin_file'] );
	// `strategy` is ignored before WordPress 6.3; the script then loads at the end of the body.
	wp_register_script( 'swv-elements', $assets . 'swv-elements.iife.js', array(), SWV_ELEMENTS_VERSION, array( 'in_footer' => true, 'strategy' => 'defer' ) );
	$blocks = plugins_url( 'blocks/', $GLOBALS['swv_elements_plugin_file'] );
	wp_register_script( 'swv-elements-editor-data', $blocks . 'editor-data.js', array(), SWV_ELEMENTS_VERSION, true );
	wp_register_script(
		'swv-elements-editor',
		$blocks . 'editor.js',
		array( 'swv-elements-editor-data', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element' ),
		SWV_ELEMENTS_VERSION,
		true
	);
	foreach ( swv_elements_definitions() as $tag => $definition ) {
		add_shortcode( $tag, 'swv_elements_shortcode' );
		if ( function_exists( 'register_block_type' ) ) {
			register_block_type(
				dirname( $GLOBALS['swv_elements_plugin_file'] ) . '/blocks/' . $definition['block'],
				array( 'render_callback' => 'swv_elements_render_block' )
			);
		}
	}
}

/**
 * Loads the script when `$html` (rendered content) holds an element or a mount point. An excerpt
 * is built from rendered content too, but shows no elements: it never loads the script.
 */
function swv_elements_enqueue_when_rendered( $html ) {
	if ( is_string( $html ) && ! doing_filter( 'get_the_excerpt' ) && preg_match( SWV_ELEMENTS_USED, $html ) ) {
		wp_enqueue_script( 'swv-elements' );
	}
	return $html;
}

/**
 * WordPress pairs `[swv-card code="A"] … [swv-card code="B"]fallback[/swv-card]` as one shortcode
 * around everything in between. The rule here: an opening shortcode whose closing tag does not
 * come before the next shortcode of the same element stands alone (as if written `[swv-card … /]`).
 */
function swv_elements_close_lone_shortcodes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[' ) ) {
		return $content;
	}
	$tags = implode( '|', array_map( 'preg_quote', array_keys( swv_elements_definitions() ) ) );
	// Shortcode tokens of our elements: `[tag …]`, `[tag … /]`, `[/tag]`; `[[tag]]` is an escaped literal.
	if ( ! preg_match_all( '#(?<!\[)\[(/?)(' . $tags . ')(?![\w-])((?:[^\[\]"\']|"[^"]*"|\'[^\']*\')*?)(/?)\](?!\])#', $content, $tokens, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
		return $content;
	}
	$lone = array();
	foreach ( $tokens as $i => $token ) {
		if ( '/' === $token[1][0] || '/' === $token[4][0] ) {
			continue;
		}
		$closed = false;
		for ( $j = $i + 1; $j < count( $tokens ); $j++ ) {
			if ( $tokens[ $j ][2][0] !== $token[2][0] ) {
				continue;
			}
			$closed = '/' === $tokens[ $j ][1][0];
			break;
		}
		if ( ! $closed ) {
			$lone[] = $token[0][1] + strlen( $token[0][0] ) - 1;
		}
	}
	foreach ( array_reverse( $lone ) as $end ) {
		$content = substr_replace( $content, ' /]', $end, 1 );
	}
	return $content;
}

/** Whether a shortcode value switches a boolean attribute on. */
function swv_elements_is_on( $value ) {
	return ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off', 'nee' ), true );
}

/**
 * `<swv-card code="PO2604" heading-level="3">fallback</swv-card>` from attribute values by name.
 * Only the element's own attributes pass; every value is escaped; `src` must be an http(s) or
 * relative URL; the fallback is sanitised as post content.
 */
function swv_elements_element_html( $tag, $atts, $content = null ) {
	$definitions = swv_elements_definitions();
	if ( ! isset( $definitions[ $tag ] ) ) {
		return '';
	}
	$definition = $definitions[ $tag ];
	$html       = '<' . $tag;
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word: [swv-overview searchable].
			$name  = strtolower( (string) $value );
			$value = '';
		}
		$name = strtolower( (string) $name );
		if ( ! in_array( $name, $definition['attributes'], true ) || is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		if ( in_array( $name, $definition['boolean'], true ) ) {
			if ( true === $value || '' === $value || ( false !== $value && swv_elements_is_on( $value ) ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( 'src' === $name ) {
			$value = esc_url( $value, array( 'http', 'https' ) );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>';
	if ( null !== $content && '' !== trim( $content ) ) {
		$html .= wp_kses_post( $content );
	}
	$html .= '</' . $tag . '>';
	wp_enqueue_script( 'swv-elements' );
	return $html;
}

/** `[swv-card code="PO2604" /]`, `[swv-card code="PO2604"]fallback[/swv-card]`. */
function swv_elements_shortcode( $atts, $content = null, $tag = '' ) {
	return swv_elements_element_html( $tag, $atts, $content );
}

/**
 * A block (`swv/card` …) on the front end: the same element as its shortcode. Block attributes are
 * the element's attributes in camelCase (`headingLevel` → `heading-level`).
 */
function swv_elements_render_block( $attributes, $content = '', $block = null ) {
	$name = is_object( $block ) && isset( $block->name ) ? $block->name : '';
	foreach ( swv_elements_definitions() as $tag => $definition ) {
		if ( 'swv/' . $definition['block'] !== $name ) {
			continue;
		}
		$atts = array();
		foreach ( (array) $attributes as $key => $value ) {
			$atts[ strtolower( preg_replace( '/[A-Z]/', '-$0', (string) $key ) ) ] = $value;
		}
		return swv_elements_element_html( $tag, $atts );
	}
	return '';
}

/** Lets the element tags and their attributes through the post sanitiser (kses). */
function swv_elements_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( swv_elements_definitions() as $tag => $definition ) {
		$allowed = array();
		foreach ( array_merge( $definition['attributes'], array( 'id', 'class' ) ) as $attribute ) {
			$allowed[ $attribute ] = true;
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}
