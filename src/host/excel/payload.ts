/**
 * Excel on the web's payload limits and the request model both the read and the write size their syncs by.
 *
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization: "Excel on the web
 * has a payload size limit for requests and responses of 5MB."
 */

/** Request bytes one sync may send: 10 % under the 5 MB limit. */
export const REQUEST_BUDGET = 4_500_000;
/** Response bytes one sync may bring back: 10 % under the 5 MB limit. */
export const RESPONSE_BUDGET = 4_500_000;
/**
 * The request model: Office.js sends one action per command or load ({"Id":…,"ActionType":…,"Name":…,
 * "ObjectPathId":…}, ~70 bytes plus its arguments) and each object path once per request (~90 bytes
 * plus its arguments; objects used again — a sheet, its notes — are not sent again).
 */
export const ACTION = 70;
export const PATH = 90;

const encoder = new TextEncoder();
/** UTF-8 size: Chinese text costs three bytes a character on the wire. */
export const bytes = (text: string) => encoder.encode(text).length;
