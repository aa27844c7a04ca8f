package dev.retain.app.merchant;

/** No such merchant, outlet, offer or verification — or one of another merchant, which its staff must not learn exists. */
public class MerchantNotFound extends RuntimeException {

    public MerchantNotFound(String what) {
        super(what + " not found");
    }
}
