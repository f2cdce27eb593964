<?php
/**
 * Tests of the WordPress plugin: `php integrations/wordpress/tests/run.php [summary.json]`.
 * Prints each test, then `php tests: N passed, N failed`; writes the counts to the summary file.
 */

require __DIR__ . '/wordpress-stubs.php';
require __DIR__ . '/../swv-elements/swv-elements.php';

$passed = 0;
$failed = 0;

function check( $name, $test ) {
	global $passed, $failed;
	try {
		$test();
		$passed++;
		echo "  ok   $name\n";
	} catch ( Throwable $e ) {
		$failed++;
		echo "  FAIL $name\n       " . $e->getMessage() . "\n";
	}
}

function same( $expected, $actual, $what = '' ) {
	if ( $expected !== $actual ) {
		throw new Exception( ( $what ? "$what: " : '' ) . 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
	}
}

function contains( $needle, $haystack ) {
	if ( false === strpos( $haystack, $needle ) ) {
		throw new Exception( 'expected ' . var_export( $haystack, true ) . ' to contain ' . var_export( $needle, true ) );
	}
}

function lacks( $needle, $haystack ) {
	if ( false !== stripos( $haystack, $needle ) ) {
		throw new Exception( 'expected ' . var_export( $haystack, true ) . ' not to contain ' . var_export( $needle, true ) );
	}
}

do_action( 'init' );

echo "WordPress plugin\n";

check( '[swv-card code="PO2604"] renders the element and loads the script', function () {
	$GLOBALS['wp_test']['enqueued'] = array();
	same( '<swv-card code="PO2604"></swv-card>', do_shortcode( '[swv-card code="PO2604"]' ) );
	same( true, $GLOBALS['wp_test']['enqueued']['swv-elements'] ?? false );
} );

$every = array(
	'swv-card'     => '[swv-card code="PO 26-04" school="03RK00" postcode="3442 XH" municipality="Woerden" sector="po" lang="en" src="/data/swv.json" heading-level="3" loading="lazy"]',
	'swv-overview' => '[swv-overview sector="vo" municipality="Stichtse Vecht" postcode="3442" codes="PO2604, VO2604" searchable lang="nl" src="https://data.example.nl/swv.json" heading-level="4" loading="eager"]',
	'opr-info'     => '[opr-info code="PO0001" sector="po" lang="en" src="data.json" heading-level="2" loading="lazy"]',
	'swv-finder'   => '[swv-finder sector="vo" hash-param="swv" lang="nl" src="/swv.json" heading-level="3" loading="eager"]',
);
$expected = array(
	'swv-card'     => '<swv-card code="PO 26-04" school="03RK00" postcode="3442 XH" municipality="Woerden" sector="po" lang="en" src="/data/swv.json" heading-level="3" loading="lazy"></swv-card>',
	'swv-overview' => '<swv-overview sector="vo" municipality="Stichtse Vecht" postcode="3442" codes="PO2604, VO2604" searchable lang="nl" src="https://data.example.nl/swv.json" heading-level="4" loading="eager"></swv-overview>',
	'opr-info'     => '<opr-info code="PO0001" sector="po" lang="en" src="data.json" heading-level="2" loading="lazy"></opr-info>',
	'swv-finder'   => '<swv-finder sector="vo" hash-param="swv" lang="nl" src="/swv.json" heading-level="3" loading="eager"></swv-finder>',
);
foreach ( $every as $tag => $shortcode ) {
	check( "[$tag] passes every attribute of the element", function () use ( $tag, $shortcode, $expected ) {
		same( $expected[ $tag ], do_shortcode( $shortcode ) );
	} );
}

check( 'a boolean attribute is on when bare or true, off when "false" or "nee"', function () {
	contains( ' searchable>', do_shortcode( '[swv-overview searchable="true"]' ) );
	same( '<swv-overview></swv-overview>', do_shortcode( '[swv-overview searchable="false"]' ) );
	same( '<swv-overview></swv-overview>', do_shortcode( '[swv-overview searchable="nee"]' ) );
} );

check( 'escapes hostile attribute values', function () {
	$html = do_shortcode( '[swv-card code=\'"><script>alert(1)</script>\' municipality="x\' onmouseover=\'alert(1)"]' );
	same( '<swv-card code="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" municipality="x&#039; onmouseover=&#039;alert(1)"></swv-card>', $html );
	lacks( '<script', $html );
} );

check( 'drops attributes the element does not have (handlers, style, other tags)', function () {
	same( '<swv-card code="PO2604"></swv-card>', do_shortcode( '[swv-card code="PO2604" onclick="alert(1)" style="display:none" srcdoc="x" data-x="y"]' ) );
} );

check( 'accepts only http(s) and relative URLs for src', function () {
	same( '<swv-card></swv-card>', do_shortcode( '[swv-card src="javascript:alert(1)"]' ) );
	same( '<swv-card></swv-card>', do_shortcode( '[swv-card src="data:text/html,x"]' ) );
	same( '<swv-card src="https://data.example.nl/a.json?x=1&amp;y=2"></swv-card>', do_shortcode( '[swv-card src="https://data.example.nl/a.json?x=1&y=2"]' ) );
} );

check( 'keeps enclosed content as fallback, sanitised like a post', function () {
	same(
		'<swv-card code="PO2604"><a href="https://www.passendonderwijs.nl/">Passend onderwijs</a></swv-card>',
		do_shortcode( '[swv-card code="PO2604"]<a href="https://www.passendonderwijs.nl/" onclick="x()">Passend onderwijs</a><script>alert(1)</script>[/swv-card]' )
	);
} );

check( 'a lone opening shortcode stands alone; a pair keeps its fallback', function () {
	same(
		'[swv-card code="A" /] text [swv-card code="B"]fallback[/swv-card]',
		swv_elements_close_lone_shortcodes( '[swv-card code="A"] text [swv-card code="B"]fallback[/swv-card]' )
	);
	same( '[swv-card /][opr-info code="A" /]', swv_elements_close_lone_shortcodes( '[swv-card][opr-info code="A"]' ) );
	// Already closed, paired, or another element's closing tag: unchanged.
	foreach ( array( '[swv-card code="A" /]', '[swv-card]x[/swv-card]', '[opr-info]x[/opr-info][swv-card /]' ) as $text ) {
		same( $text, swv_elements_close_lone_shortcodes( $text ) );
	}
	same( '[swv-card code="A" /] [opr-info]x[/opr-info]', swv_elements_close_lone_shortcodes( '[swv-card code="A"] [opr-info]x[/opr-info]' ) );
} );

check( 'the pairing rule leaves escaped shortcodes, other shortcodes and look-alike names alone', function () {
	foreach ( array( '[[swv-card code="A"]]', '[gallery ids="1"]', '[swv-cards x="1"]', '[swv-card-x]', 'geen shortcode' ) as $text ) {
		same( $text, swv_elements_close_lone_shortcodes( $text ) );
	}
	same( '[swv-card code="a]b" /]', swv_elements_close_lone_shortcodes( '[swv-card code="a]b"]' ), 'a ] inside quotes' );
} );

check( 'a block renders its element: camelCase attributes, booleans, unknown and hostile values', function () {
	$block = (object) array( 'name' => 'swv/overview' );
	same( '<swv-overview municipality="Woerden" searchable heading-level="3"></swv-overview>', swv_elements_render_block( array( 'municipality' => 'Woerden', 'searchable' => true, 'headingLevel' => '3', 'codes' => '', 'onclick' => 'x' ), '', $block ) );
	same( '<swv-overview></swv-overview>', swv_elements_render_block( array( 'searchable' => false, 'sector' => array( 'po' ) ), '', $block ) );
	same( '<swv-card code="&quot;&gt;&lt;img&gt;"></swv-card>', swv_elements_render_block( array( 'code' => '"><img>', 'src' => 'javascript:alert(1)' ), '', (object) array( 'name' => 'swv/card' ) ) );
	same( '', swv_elements_render_block( array( 'code' => 'A' ), '', (object) array( 'name' => 'swv/unknown' ) ) );
} );

check( 'every PHP file stops when loaded outside WordPress', function () {
	foreach ( glob( __DIR__ . '/../swv-elements/{,includes/}*.php', GLOB_BRACE ) as $file ) {
		contains( "if ( ! defined( 'ABSPATH' ) )", file_get_contents( $file ) );
	}
} );

echo "\nphp tests: $passed passed, $failed failed\n";
if ( isset( $argv[1] ) ) {
	file_put_contents( $argv[1], json_encode( array( 'passed' => $passed, 'failed' => $failed ) ) );
}
exit( $failed ? 1 : 0 );
