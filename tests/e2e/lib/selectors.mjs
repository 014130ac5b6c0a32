// How the specs find the graphic's parts: by role, id or data attribute (as in dist/*.html and
// what the app renders), not by the class names the style sheets use. A class is left in a
// spec only where nothing else marks the element, or where the check is about its styling.

/** The map: the one listbox of the page (its frame takes the keyboard focus). */
export const MAP = '[role="listbox"]';

/** Every county or district on the map: the listbox's options, each with its code. */
export const UNITS = '[role="option"][data-code]';

/** The county `code` on the map. */
export const unit = (code) => `[role="option"][data-code="${code}"]`;

/** A selected unit of the map. */
export const SELECTED_UNIT = '[role="option"][aria-selected="true"]';

/** The facts panel of county `code` (or of any county), open beside or below the map. */
export const panel = (code) => (code ? `aside[data-code="${code}"]` : 'aside[data-code]');

/** A map layer's button (`partner`, `exit`, `status`, `deep`, …); on a narrow map, a menu. */
export const layerButton = (layer) => (layer ? `button[data-layer="${layer}"]` : 'button[data-layer]');
export const LAYER_MENU = 'select[data-layer-select]';

/** A legend's entries (toggle buttons with the key they filter). */
export const LEGEND_ENTRY = 'button[data-key][aria-pressed]';

/** The language links (`zh-Hans`, `zh-Hant`, `en`). */
export const langLink = (lang) => (lang ? `a[data-lang="${lang}"]` : 'a[data-lang]');

/** A chart's plot (an application to screen readers: it takes the arrow keys) and its marks. */
export const PLOT = '[role="application"]';
export const MARK = '[role="application"] [data-key]';

/** A chart's "show the table" button (it controls `table-<chart>`). */
export const TABLE_BUTTON = 'button[aria-controls^="table-"]';

/** The headline figures (cards and the figures list). */
export const FIGURES = '[data-figure]';

/** A county picked for the comparison (a chip) and one offered by its search list. */
export const chip = (code) => `li[data-code="${code}"]`;
export const pickOption = (code) => `button[data-code="${code}"]`;

/** The button that opens the embed panel. */
export const EMBED_OPEN = 'button[aria-controls="embed-panel"]';
