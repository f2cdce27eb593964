<?php
/**
 * The real-WordPress test's `php -S` router: what a web server's rewrite rules do for WordPress
 * (Debian's /etc/wordpress/htaccess). Existing files and folders are served as they are; every
 * other address goes to WordPress's index.php (so /favicon.ico gets WordPress's own answer).
 */
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
