<?php
/**
 * Plugin Name: swv-elements test: a widget
 * Description: For the real-WordPress test only. Twenty Twenty-Three has no widget areas, so this
 * shows WordPress's own Custom HTML widget in the footer of one test post, as a classic theme's
 * sidebar would: the plugin must notice the element in the widget's output and load its script.
 */
add_action(
	'wp_footer',
	function () {
		if ( is_singular() && 'Widget in de voettekst' === get_the_title() ) {
			the_widget( 'WP_Widget_Custom_HTML', array( 'title' => 'Passend onderwijs', 'content' => '<swv-card code="VO2604"></swv-card>' ) );
		}
	},
	5
);
