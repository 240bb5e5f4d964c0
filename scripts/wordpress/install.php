<?php
// Installs the test site and prints a fresh application password for its administrator.
// Run by start.sh with WP_PORT and ADMIN_PASSWORD in the environment.
$_SERVER['HTTP_HOST'] = '127.0.0.1:' . getenv('WP_PORT'); // Debian picks the config by this
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false'); // no mail server here, and none wanted

if (!is_blog_installed()) {
  $result = wp_install('Shieldnote test desk', 'editor', 'editor@example.invalid', false, '', wp_slash(getenv('ADMIN_PASSWORD')));
  if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message() . "\n"); exit(1); }
}
$user = get_user_by('login', 'editor');
$created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'shieldnote-tests']);
if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
echo $created[0];
