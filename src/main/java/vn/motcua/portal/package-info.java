/**
 * Files the national public-service portal pushes to the province (Decree 118/2025 Art 17(2)): a
 * signed, idempotent intake that hands each file to the one online reception of {@code dossier}.
 */
package vn.motcua.portal;
