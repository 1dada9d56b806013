package uk.missingchildren.response.oversight;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a partnership asks its oversight groups about an action. */
public class RaiseForm {

  @NotBlank(message = "{oversight.raise.error.requestMissing}")
  @Size(max = RaisedAction.REQUEST_LIMIT, message = "{oversight.raise.error.requestTooLong}")
  private String request;

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }
}
