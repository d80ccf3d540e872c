/**
 * The version of the plugin API (`reglament/plugin`), apart from the
 * package's own version: it moves only when what a plugin can write or rely
 * on changes. Major: something a plugin used is gone or means something else;
 * minor: a new extension point or field; patch: a fix.
 *
 * @module
 */

/** The plugin API this build of Reglament offers; a plugin's `manifest.reglament` range must include it. */
export const PLUGIN_API_VERSION = '1.1.0';
