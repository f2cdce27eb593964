<?php
/**
 * Installs WordPress for the real-WordPress test: `php install.php <wordpress folder>`.
 * Run before the plugin is active (wp-config.php is already written by the test).
 */
define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'Basisschool Voorbeeld (test)', 'beheer', 'beheer@school.example', true, '', 'test-wachtwoord', 'nl_NL' );
echo wp_json_encode( array( 'installed' => ! empty( $result['user_id'] ) ) ), "\n";
