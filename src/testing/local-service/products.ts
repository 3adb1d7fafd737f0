/**
 * The emulator's product store: what `save` submits, review that moves on over time or reads, and the
 * delist / withdraw / update-without-review transitions (Local Service docs: Update/Create Product to Product Review
 * Revocation). Status values are the emulator's own: ProductStatusEnum has no documented values.
 */

/** Emulator values of ProductStatusEnum (not given in the Local Service docs; integers, as the only documented enums are). */
export const LOCAL_SERVICE_PRODUCT_STATUS = Object.freeze({
  UNDER_REVIEW: 1,
  APPROVED: 2,
  REJECTED: 3,
  DELISTED: 4,
  WITHDRAWN: 5,
} as const);

/** Emulator values of ListTabEnum (n/g): 0 lists every product, any other value the products with that status. */
export const LOCAL_SERVICE_LIST_TAB_ALL = 0;

/** One saved version of a product. */
export interface ProductVersion {
  category_id: string;
  attrs: Record<string, string>;
}

/** A product as the emulator keeps it. */
export interface StoredLocalServiceProduct {
  merchant_id: string;
  third_product_id: string;
  /** TikTok product id: kept across updates. */
  product_id: string;
  product_type: number | string;
  status: number;
  /** The live version, once a review passed. An update leaves it live until the new one passes. */
  online: ProductVersion | undefined;
  /** The version under review or withdrawn. */
  draft: ProductVersion | undefined;
  reject_reason: string | undefined;
  submitted_at: number;
  /** Reads (list rows and detail queries) since the last submission. */
  reads: number;
  create_at: number;
}

/** How review behaves. */
export interface ProductReviewOptions {
  /** A submission is decided once this many ms have passed. Default 200. */
  afterMs?: number;
  /** ...or once it has been read this many times, whichever comes first. Default 2. */
  afterReads?: number;
  /** The verdict; return a string to reject with that reason. Default: approve. */
  decide?: (product: StoredLocalServiceProduct) => 'approve' | string;
}

/** A failed transition: the handler turns it into the API's error struct. */
export class ProductStoreError extends Error {}

/** Products by merchant and third-party id, with review decided lazily when a product is read. */
export class ProductStore {
  private readonly products = new Map<string, StoredLocalServiceProduct>();
  private nextId = 7295929697122060001n;

  constructor(
    private readonly clock: () => number,
    private readonly review: ProductReviewOptions,
    private readonly onDecision: (product: StoredLocalServiceProduct) => void,
  ) {}

  /** Every product of a merchant, after due reviews were decided. */
  all(merchantId: string): StoredLocalServiceProduct[] {
    return [...this.products.values()].filter((p) => p.merchant_id === merchantId).map((p) => this.advance(p));
  }

  get(merchantId: string | undefined, thirdProductId: string): StoredLocalServiceProduct {
    const found = [...this.products.values()].find(
      (p) => p.third_product_id === thirdProductId && (merchantId === undefined || p.merchant_id === merchantId),
    );
    if (!found) throw new ProductStoreError(`product ${thirdProductId} not found for this merchant`);
    return this.advance(found);
  }

  /** `save`: a full replace of the draft, then review. */
  save(
    merchantId: string,
    thirdProductId: string,
    productType: number | string,
    version: ProductVersion,
  ): StoredLocalServiceProduct {
    const key = `${merchantId}/${thirdProductId}`;
    const now = this.clock();
    const existing = this.products.get(key);
    const product: StoredLocalServiceProduct = existing ?? {
      merchant_id: merchantId,
      third_product_id: thirdProductId,
      product_id: (this.nextId++).toString(),
      product_type: productType,
      status: LOCAL_SERVICE_PRODUCT_STATUS.UNDER_REVIEW,
      online: undefined,
      draft: undefined,
      reject_reason: undefined,
      submitted_at: now,
      reads: 0,
      create_at: now,
    };
    Object.assign(product, {
      draft: version,
      status: LOCAL_SERVICE_PRODUCT_STATUS.UNDER_REVIEW,
      submitted_at: now,
      reads: 0,
      reject_reason: undefined,
    });
    this.products.set(key, product);
    return product;
  }

  /** `update_free_audit`: price and stock of the live version, at once. */
  updateLive(
    p: StoredLocalServiceProduct,
    change: { actual_amount: string; local_currency: string; stock_num: number; stock_qty_limit_type: number },
  ) {
    if (p.status !== LOCAL_SERVICE_PRODUCT_STATUS.APPROVED || !p.online) {
      throw new ProductStoreError('only a product that passed review can be updated without review');
    }
    const stock = JSON.stringify({ stock_num: change.stock_num, stock_qty_limit_type: change.stock_qty_limit_type });
    p.online.attrs = {
      ...p.online.attrs,
      actual_amount: change.actual_amount,
      local_currency: change.local_currency,
      stock_info: stock,
    };
  }

  /** `offline`: delists a product that passed review. */
  delist(p: StoredLocalServiceProduct): void {
    if (p.status !== LOCAL_SERVICE_PRODUCT_STATUS.APPROVED)
      throw new ProductStoreError('only a product that passed review can be delisted');
    p.status = LOCAL_SERVICE_PRODUCT_STATUS.DELISTED;
  }

  /** `withdraw_audit`: cancels a pending review; a live version stays live. */
  withdraw(p: StoredLocalServiceProduct): void {
    if (p.status !== LOCAL_SERVICE_PRODUCT_STATUS.UNDER_REVIEW)
      throw new ProductStoreError('the product is not waiting for review');
    p.status = p.online ? LOCAL_SERVICE_PRODUCT_STATUS.APPROVED : LOCAL_SERVICE_PRODUCT_STATUS.WITHDRAWN;
  }

  /** Counts a read and decides a due review. */
  read(p: StoredLocalServiceProduct): StoredLocalServiceProduct {
    p.reads++;
    return this.advance(p);
  }

  private advance(p: StoredLocalServiceProduct): StoredLocalServiceProduct {
    if (p.status !== LOCAL_SERVICE_PRODUCT_STATUS.UNDER_REVIEW) return p;
    const due = this.clock() - p.submitted_at >= (this.review.afterMs ?? 200) || p.reads >= (this.review.afterReads ?? 2);
    if (!due) return p;
    const verdict = this.review.decide?.(p) ?? 'approve';
    if (verdict === 'approve') {
      p.status = LOCAL_SERVICE_PRODUCT_STATUS.APPROVED;
      p.online = p.draft;
      p.draft = undefined;
    } else {
      p.status = LOCAL_SERVICE_PRODUCT_STATUS.REJECTED;
      p.reject_reason = verdict;
    }
    this.onDecision(p);
    return p;
  }
}
