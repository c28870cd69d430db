import type { ViewerData } from './viewerFields';

const KEY = 'sundhed.viewer.v1';

/**
 * The signed-in account, kept on the device so the app can open offline (the offer search then runs
 * on its local copy). Forgotten on sign-out and when the server says nobody is signed in.
 */
export function rememberViewer(viewer: ViewerData): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(viewer));
  } catch {
    // storage full or blocked: the app just will not open offline
  }
}

export function readRememberedViewer(): ViewerData | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ViewerData) : null;
  } catch {
    return null;
  }
}

export function forgetViewer(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
