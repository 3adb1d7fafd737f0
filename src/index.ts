/**
 * social-commerce-sdk: one typed SDK for Trenz Open Platform, TikTok Shop Partner API and TikTok Local Service.
 * Each API also has its own entry (`social-commerce-sdk/trenz`, `/tiktok-shop`, `/local-service`).
 */
export * from './core/index.js';
export * from './tiktok-shop/index.js';
export * from './trenz/index.js';
export * from './local-service/index.js';
// Both TikTok Shop and Trenz name a `Product`: the root keeps TikTok Shop's and offers Trenz's as TrenzProduct
// (each subpath entry exports its own as `Product`).
export type { Product } from './tiktok-shop/index.js';
export type { Product as TrenzProduct } from './trenz/index.js';
// Both TikTok Shop and Local Service name their category params `CategoriesParams`.
export type { CategoriesParams } from './tiktok-shop/index.js';
export type { CategoriesParams as LocalServiceCategoriesParams } from './local-service/index.js';
