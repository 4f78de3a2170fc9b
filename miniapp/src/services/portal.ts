/**
 * In H5 each page sits in a transformed container below the tab bar's stacking layer, so
 * bottom sheets would open underneath the tab bar; render them into <body> instead.
 * Mini-program popups are native layers and need no portal.
 */
export function popupPortal(): (() => HTMLElement) | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return undefined;
  return () => document.body;
}
