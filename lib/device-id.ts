// One browser's random id, sent as a header so limits count per device before they count per address (a shared
// office or mobile carrier puts many people behind one address). Not a secret and not an identity: a limit key.

export const DEVICE_HEADER = "x-beacon-device";
const STORAGE_KEY = "beacon-device";
const VALID = /^[a-z0-9-]{16,64}$/;

/** The header's value when it looks like one of ours (anything else is ignored, and the address limits apply). */
export const parseDeviceId = (value: string | null | undefined): string | null =>
  value && VALID.test(value) ? value : null;

/** In the browser: this device's id, created on first use (null where storage is unavailable). */
export function deviceId(): string | null {
  try {
    let id = window.localStorage.getItem(STORAGE_KEY);
    if (!parseDeviceId(id)) {
      id = crypto.randomUUID();
      window.localStorage.setItem(STORAGE_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}
