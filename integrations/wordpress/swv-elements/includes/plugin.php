<?php
/**
 * Shortcodes, the script, and the allow-list that lets editors without `unfiltered_html` keep
 * the element tags in their posts.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Hooks everything in; `$plugin_file` is the main plugin file (for asset URLs). */
function swv_elements_boot( $plugin_file ) {
	$GLOBALS['swv_elements_plugin_file'] = $plugin_file;
	add_action( 'init', 'swv_elements_init' );
	add_action( 'wp_enqueue_scripts', 'swv_elements_enqueue_when_used' );
	add_filter( 'wp_kses_allowed_html', 'swv_elements_allowed_html', 10, 2 );
}

function swv_elements_init() {
	wp_register_script(
		'swv-elements',
		plugins_url( 'assets/swv-elements.iife.js', $GLOBALS['swv_elements_plugin_file'] ),
		array(),
		SWV_ELEMENTS_VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);
	foreach ( array_keys( swv_elements_definitions() ) as $tag ) {
		add_shortcode( $tag, 'swv_elements_shortcode' );
	}
}

/** Loads the script on pages whose content has an element tag or a data-swv mount point. */
function swv_elements_enqueue_when_used() {
	$post = get_post();
	if ( $post && preg_match( '/<(?:swv-[a-z]+|opr-info)\b|data-swv=/', (string) $post->post_content ) ) {
		wp_enqueue_script( 'swv-elements' );
	}
}

/** Whether a shortcode value switches a boolean attribute on. */
function swv_elements_is_on( $value ) {
	return ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off', 'nee' ), true );
}

/**
 * `[swv-card code="PO2604" heading-level="3"]fallback[/swv-card]` → `<swv-card code="PO2604"
 * heading-level="3">fallback</swv-card>`. Only the element's own attributes pass; every value is
 * escaped; `src` must be an http(s) or relative URL.
 */
function swv_elements_shortcode( $atts, $content = null, $tag = '' ) {
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
		if ( ! in_array( $name, $definition['attributes'], true ) ) {
			continue;
		}
		if ( in_array( $name, $definition['boolean'], true ) ) {
			if ( '' === $value || swv_elements_is_on( $value ) ) {
				$html .= ' ' . $name;
			}
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
