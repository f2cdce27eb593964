<?php
/**
 * The few WordPress functions the plugin calls, written for these quick tests of exact output
 * (test/node/wordpress.test.mjs runs the plugin in a real WordPress). They behave like WordPress
 * where the tests depend on it: esc_attr and esc_url escape and filter the same way, wp_kses_post
 * drops script and event handlers.
 */

define( 'ABSPATH', __DIR__ . '/' );

$GLOBALS['wp_test'] = array(
	'actions'    => array(),
	'filters'    => array(),
	'shortcodes' => array(),
	'scripts'    => array(),
	'enqueued'   => array(),
);

function add_action( $hook, $callback ) {
	$GLOBALS['wp_test']['actions'][ $hook ][] = $callback;
}
function do_action( $hook ) {
	foreach ( $GLOBALS['wp_test']['actions'][ $hook ] ?? array() as $callback ) {
		call_user_func( $callback );
	}
}
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) {
	$GLOBALS['wp_test']['filters'][ $hook ][] = $callback;
}
function apply_filters( $hook, $value, ...$args ) {
	foreach ( $GLOBALS['wp_test']['filters'][ $hook ] ?? array() as $callback ) {
		$value = call_user_func( $callback, $value, ...$args );
	}
	return $value;
}
function add_shortcode( $tag, $callback ) {
	$GLOBALS['wp_test']['shortcodes'][ $tag ] = $callback;
}
function wp_register_script( $handle, $src, $deps, $version, $args ) {
	$GLOBALS['wp_test']['scripts'][ $handle ] = compact( 'src', 'deps', 'version', 'args' );
}
function wp_enqueue_script( $handle ) {
	$GLOBALS['wp_test']['enqueued'][ $handle ] = true;
}
function plugins_url( $path, $file ) {
	return 'https://school.example/wp-content/plugins/' . basename( dirname( $file ) ) . '/' . $path;
}
function doing_filter( $hook ) {
	return false;
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8', false );
}
function esc_url( $url, $protocols = null ) {
	$url = trim( (string) $url );
	if ( '' === $url || preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return '';
	}
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $url, $m ) && ! in_array( strtolower( $m[1] ), $protocols ?? array( 'http', 'https' ), true ) ) {
		return '';
	}
	return htmlspecialchars( $url, ENT_QUOTES, 'UTF-8', false );
}
function wp_kses_post( $html ) {
	$html = preg_replace( '#<(script|style|iframe)\b.*?</\1>#is', '', (string) $html );
	return preg_replace( '#\s+on[a-z]+\s*=\s*("[^"]*"|\'[^\']*\'|[^\s>]+)#i', '', $html );
}

/**
 * Runs the shortcodes in a text the way WordPress parses them: `[tag a="b" c=d flag]` and
 * `[tag ...]content[/tag]`. Enough for these tests; not WordPress's parser.
 */
function do_shortcode( $text ) {
	return preg_replace_callback(
		'#\[([a-z-]+)((?:\s+[^\]]*)?)\](?:(.*?)\[/\1\])?#s',
		function ( $m ) {
			$callback = $GLOBALS['wp_test']['shortcodes'][ $m[1] ] ?? null;
			if ( ! $callback ) {
				return $m[0];
			}
			$atts = array();
			preg_match_all( '#([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*\'([^\']*)\'|([\w-]+)\s*=\s*([^\s\'"]+)|"([^"]*)"|(\S+)#', $m[2], $found, PREG_SET_ORDER );
			foreach ( $found as $f ) {
				if ( ! empty( $f[1] ) ) {
					$atts[ strtolower( $f[1] ) ] = $f[2];
				} elseif ( ! empty( $f[3] ) ) {
					$atts[ strtolower( $f[3] ) ] = $f[4];
				} elseif ( ! empty( $f[5] ) ) {
					$atts[ strtolower( $f[5] ) ] = $f[6];
				} elseif ( isset( $f[8] ) && '' !== $f[8] ) {
					$atts[] = $f[8];
				} elseif ( isset( $f[7] ) ) {
					$atts[] = $f[7];
				}
			}
			return call_user_func( $callback, $atts, $m[3] ?? null, $m[1] );
		},
		$text
	);
}
