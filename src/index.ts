/**
 * social-commerce-sdk: one typed SDK for Trenz Open Platform, TikTok Shop Partner API and TikTok Local Service.
 * Each API also has its own entry (`social-commerce-sdk/trenz`, `/tiktok-shop`, `/local-service`).
 */
export * from './core/index.js';
