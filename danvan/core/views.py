from django.contrib.auth import views as auth_views
from django.http import JsonResponse
from django.shortcuts import render

from danvan.core.forms import LoginForm


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


def error_403(request, exception=None):
    message = (
        str(exception) if exception and str(exception) else "Bạn không có quyền xem trang này."
    )
    context = {"title": "Không có quyền truy cập", "message": message}
    return render(request, "core/error.html", context, status=403)


def error_404(request, exception=None):
    message = "Không tìm thấy trang hoặc dữ liệu bạn yêu cầu, hoặc bạn không có quyền xem."
    return render(
        request, "core/error.html", {"title": "Không tìm thấy", "message": message}, status=404
    )


def error_400(request, exception=None):
    context = {"title": "Yêu cầu không hợp lệ", "message": "Yêu cầu không hợp lệ."}
    return render(request, "core/error.html", context, status=400)


def error_500(request):
    message = "Hệ thống gặp lỗi. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại hoặc báo quản trị."
    return render(
        request, "core/error.html", {"title": "Lỗi hệ thống", "message": message}, status=500
    )


def csrf_failure(request, reason=""):
    message = "Phiên làm việc đã hết hạn hoặc biểu mẫu đã cũ. Hãy tải lại trang rồi thử lại."
    return render(
        request, "core/error.html", {"title": "Biểu mẫu hết hạn", "message": message}, status=403
    )


LOCKED_OUT = (
    "Bạn đã nhập sai mật khẩu quá nhiều lần. Tài khoản tạm bị khóa 15 phút đối với máy này. "
    "Hãy thử lại sau hoặc liên hệ quản trị."
)


def lockout(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: JSON for the API, a page for people."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": LOCKED_OUT}, status=429, json_dumps_params={"ensure_ascii": False}
        )
    context = {"title": "Tạm khóa đăng nhập", "message": LOCKED_OUT}
    return render(request, "core/error.html", context, status=429)
