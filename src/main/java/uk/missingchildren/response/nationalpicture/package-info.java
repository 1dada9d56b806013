/**
 * The national picture: how ratings are spread, area by area, across every partnership that has
 * agreed to be counted, with no partnership named and no figure that could point to one (fewer than
 * 5 partnerships, a figure worked out from the others, or the difference between two publications).
 * Each counted partnership sees where it sits.
 */
package uk.missingchildren.response.nationalpicture;
