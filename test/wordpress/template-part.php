<?php
/**
 * Gives the theme's footer (a template part of Twenty Twenty-Three) an `<opr-info>` element, as a
 * site owner would in the site editor: `php template-part.php <wordpress folder>`. Run by the
 * real-WordPress test after the tests that need pages without elements.
 */
require $argv[1] . '/wp-load.php';

$id = wp_insert_post(
	array(
		'post_type'    => 'wp_template_part',
		'post_name'    => 'footer',
		'post_title'   => 'Footer',
		'post_status'  => 'publish',
		'post_content' => '<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group"><!-- wp:html --><opr-info code="PO2604"></opr-info><!-- /wp:html --></div><!-- /wp:group -->',
	),
	true
);
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() . "\n" );
	exit( 1 );
}
wp_set_object_terms( $id, 'twentytwentythree', 'wp_theme' );
wp_set_object_terms( $id, 'footer', 'wp_template_part_area' );
echo $id, "\n";
