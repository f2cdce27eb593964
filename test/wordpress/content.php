<?php
/**
 * Makes the site the real-WordPress test looks at: `php content.php <wordpress folder> <posts.json>`
 * (post title → content). Activates the plugin, adds an author and an editor, and writes the posts as the
 * author (kses active: authors have no `unfiltered_html`). Prints the URLs as JSON.
 * Every name here is made up for the test.
 */
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$activated = activate_plugin( 'swv-elements/swv-elements.php', '', false, false );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() . "\n" );
	exit( 1 );
}

function test_user( $login, $role ) {
	$id = wp_insert_user( array( 'user_login' => $login, 'user_pass' => 'test-wachtwoord', 'user_email' => "$login@school.example", 'role' => $role ) );
	// The editor's welcome guide would cover the editor in the browser test.
	update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	return $id;
}
$author = test_user( 'auteur', 'author' );
test_user( 'redacteur', 'editor' );
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) ) {
	fwrite( STDERR, "the author must not have unfiltered_html\n" );
	exit( 1 );
}

function test_post( $title, $content, $type = 'post' ) {
	$id = wp_insert_post( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => $type ), true );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	return $id;
}

$pages = json_decode( file_get_contents( $argv[2] ), true );
$urls  = array();
$synced = test_post( 'Blok met een kaart (gesynchroniseerd patroon)', '<!-- wp:html --><swv-card code="PO2604"></swv-card><!-- /wp:html -->', 'wp_block' );
foreach ( $pages as $name => $content ) {
	$urls[ $name ] = get_permalink( test_post( $name, str_replace( '{synced}', (string) $synced, $content ) ) );
}
// What kses kept of each post, for the test's report.
$stored = array();
foreach ( get_posts( array( 'numberposts' => -1, 'post_type' => 'post' ) ) as $post ) {
	$stored[ $post->post_title ] = $post->post_content;
}
echo wp_json_encode( array( 'urls' => $urls, 'stored' => $stored ) ), "\n";
