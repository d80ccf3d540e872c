/**
 * Where a request id travels between processes: a Temporal header of this
 * name on workflow starts, updates, signals and activities. Shared by the
 * client, workflow and activity interceptors; nothing here runs code, so the
 * workflow bundle and Node both import it safely.
 *
 * @module
 */
export const REQUEST_ID_HEADER = 'reglament-request-id';
